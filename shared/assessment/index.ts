export * from './audit-trail';
export * from './classroom-keys';
export * from './comment-bank';
export * from './compare-sources';
export * from './team-scoring';
export * from './classroom-rows';
