export * from './rounding';
export * from './grade-input';
export * from './toets-grade';
export * from './se-cijfer';
export * from './grade-table';
