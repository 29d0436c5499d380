export * from './types';
export * from './figures';
export * from './reference';
export * from './suppress';
