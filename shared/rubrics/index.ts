/** Rubric domain logic (issue 3, items 4-6): pure functions over RubricContent from shared/domain/rubric.ts. */
export * from './color';
export * from './csv';
export * from './edit';
export * from './numbers';
export * from './presets';
export * from './problems';
export * from './scoring';
export * from './validate';
export * from './versioning';
