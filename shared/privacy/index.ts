export * from './student-export';
export * from './cohort-retention';
