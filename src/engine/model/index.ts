/** The engine's data model: types and the constants that define them. Imports nothing else. */
export * from './lang';
export * from './grid';
export * from './diagnostics';
export * from './sheet';
export * from './period';
export * from './evaluation';
export * from './consolidation';
export * from './history';
export * from './report';
export * from './layout';
export * from './output';
