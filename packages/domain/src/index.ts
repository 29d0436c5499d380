export * from './roles';
export * from './navigation';
export * from './calendar';
export * from './deadlines';
export * from './services';
