export * from './evidence';
export * from './mastery';
export * from './coverage';
