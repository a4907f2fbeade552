export * from './evidence';
export * from './mastery';
export * from './coverage';
export * from './programme';
export * from './mastery-settings-schema';
export * from './node-resolver';
