/** The distributed run mode's topology and process handling, for the launcher and the end-to-end tests. */
export * from './distributed-topology';
export * from './process-supervisor';
export * from './docker-compose';
export { buildServer, builtEntry, SERVER_DIST } from '../build-server/build-server';
export * from './free-port';
