export * from './evidence';
export * from './mastery';
export * from './coverage';
export * from './programme';
