import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderCreateDatabasesSql, renderDockerCompose } from './docker-compose';

/** npm run compose — rewrites docker-compose.yml and tools/docker/create-databases.sql from the one list. */
const root = resolve(__dirname, '../..');
void renderDockerCompose().then((compose) => {
  writeFileSync(resolve(root, 'docker-compose.yml'), compose);
  writeFileSync(resolve(root, 'tools/docker/create-databases.sql'), renderCreateDatabasesSql());
  console.log('docker-compose.yml and tools/docker/create-databases.sql written');
});
