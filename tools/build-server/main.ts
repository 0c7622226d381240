import { join } from 'node:path';
import { buildServer, SERVER_DIST } from './build-server';

buildServer(join(__dirname, '..', '..')).then(
  (count) => console.log(`build:server: ${count} files compiled to ${SERVER_DIST}`),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
