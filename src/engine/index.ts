/**
 * The engine's public API: plain functions over plain data, shared by the add-in and the command line.
 * Nothing here touches Office.js, the DOM, files or a clock.
 */
export * from './model';
export * from './core/address';
export * from './core/normalize';
export * from './core/numbers';
export * from './core/quantity';
export * from './core/period';
export * from './core/ownOutput';
export * from './read/latestPeriod';
export * from './read/headers';
export * from './read/readSheet';
export * from './evaluate/evaluate';
export * from './evaluate/status';
export * from './evaluate/vocabulary';
export * from './evaluate/gaps';
export * from './evaluate/units';
export * from './evaluate/changes';
export * from './format';
export * from './messages';
export * from './narrative';
export * from './report';
export * from './layout';
export * from './json';
export * from './pipeline';
export * from './evaluate/history';
export * from './evaluate/consolidate';
