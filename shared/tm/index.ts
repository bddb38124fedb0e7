export * from './normalize';
export * from './score';
export * from './types';
