export * from './common';
export * from './auth';
export * from './regions';
export * from './organisations';
export * from './users';
export * from './access-log';
export * from './reports';
