export * from './problems';
export * from './validate';
export * from './lock';
export * from './example';
