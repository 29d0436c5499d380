export * from './roles';
export * from './navigation';
