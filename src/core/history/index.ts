export * from './change-set'
export * from './history'
