export * from './growth-profile';
