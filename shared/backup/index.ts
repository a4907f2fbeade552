export * from './format';
export * from './transport';
export * from './encryption';
export * from './archive';
export * from './rotation';
export * from './schedule';
export * from './pieces';
