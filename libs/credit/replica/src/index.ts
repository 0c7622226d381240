export * from './lib/restrictions-replica';
export * from './lib/restrictions-replica.table';
