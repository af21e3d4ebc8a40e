/** The shared contract: schemas, types, sync messages and progress math. */
export * from './ids';
export * from './common';
export * from './org';
export * from './goal';
export * from './metric';
export * from './checkin';
export * from './feedback';
export * from './growth';
export * from './tables';
export * from './mutations';
export * from './sync';
export * from './progress';
export * from './first-view';
