import { GATEWAY, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { SERVERS } from '@qinqing/tools/asyncapi';
import {
  builtEntry,
  platformProcesses,
  renderCreateDatabasesSql,
  renderDockerCompose,
  SERVICE_REPLICAS,
} from '@qinqing/tools/distributed';
import { KAFKA_VERSION } from '@qinqing/tools/kafka';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ComposeService {
  readonly command?: readonly string[];
  readonly deploy?: { readonly replicas?: number };
  readonly image?: string;
  readonly environment?: Record<string, string | number>;
  readonly expose?: readonly string[];
  readonly ports?: readonly string[];
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const databasesSql = readFileSync('tools/docker/create-databases.sql', 'utf8');

/** Compose's ${VAR:?message} and ${VAR} substituted as an operator would set them. */
const substituted = (environment: Record<string, string | number>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      String(value).replace(/\$\{([A-Z_]+)(:\?[^}]*)?\}/gu, (_, variable: string) =>
        variable === 'IDENTITY_TOKEN_SECRET' ? 'a-production-secret-of-at-least-32-bytes' : 'password',
      ),
    ]),
  );

const npmTopology = platformProcesses({
  brokers: 'kafka:9092',
  postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  databasePrefix: 'qinqing',
  identityTokenSecret: 'x'.repeat(32),
  demoData: false,
  uiDistDir: 'dist/apps',
});

type ConfigLoader = (env: Record<string, string>) => { PORT: number };

/** An app's configuration loader, found by the apps' convention: `@qinqing/apps/<process>` exports `load…Config`. */
const loaderOf = async (name: string): Promise<ConfigLoader> => {
  const app = (await import(`@qinqing/apps/${name}`)) as Record<string, unknown>;
  const loaders = Object.entries(app).filter(
    ([exported, value]) => /^load\w*Config$/u.test(exported) && typeof value === 'function',
  );
  if (loaders.length !== 1) throw new Error(`@qinqing/apps/${name} must export one load…Config function`);
  return loaders[0]?.[1] as ConfigLoader;
};

const processNames = [GATEWAY.name, ...PLATFORM_SERVICES.map((service) => service.name)];

/**
 * docker-compose.yml cannot run here (no Docker engine), so this keeps it honest: the same processes,
 * entry points, ports, databases and variables as `npm run start:distributed`, and every service's
 * environment accepted by that app's own configuration schema.
 */
describe('docker-compose.yml matches the npm-script topology', () => {
  it('is what `npm run compose` writes from the list of processes (run it when this fails)', async () => {
    expect(readFileSync('docker-compose.yml', 'utf8')).toBe(await renderDockerCompose());
    expect(databasesSql).toBe(renderCreateDatabasesSql());
  });

  it('runs every process of the list', () => {
    expect(npmTopology.map((p) => p.name).sort()).toEqual([...processNames].sort());
  });

  it.each(npmTopology.map((p) => [p.name, p] as const))(
    '%s: entry point, port, database, variables',
    async (name, npm) => {
      const service = compose.services[name];
      expect(service, `no service ${name} in docker-compose.yml`).toBeDefined();
      expect(service?.command?.at(-1)).toBe(builtEntry(npm.entry));
      const environment = substituted(service?.environment ?? {});
      expect(environment['PORT']).toBe(String(npm.port));
      expect(new URL(environment['DATABASE_URL'] ?? '').pathname).toBe(`/${npm.database}`);
      expect(databasesSql).toContain(`CREATE DATABASE ${npm.database};`);
      // The variables the npm topology sets are the ones compose sets (values differ: hosts, secrets, demo data).
      const npmOnly = Object.keys(npm.env).filter(
        (variable) => !(variable in environment) && variable !== 'UI_DIST_DIR',
      );
      expect(npmOnly).toEqual([]);
      const loader = await loaderOf(name);
      expect(loader(environment).PORT).toBe(npm.port);
    },
  );

  it('runs every context service as replicas, which the gateway reaches by the service name', () => {
    const gateway = substituted(compose.services[GATEWAY.name]?.environment ?? {});
    for (const service of PLATFORM_SERVICES) {
      expect(compose.services[service.name]?.deploy?.replicas, service.name).toBe(SERVICE_REPLICAS);
      expect(SERVICE_REPLICAS).toBeGreaterThan(1);
      expect(new URL(gateway[service.urlVariable] ?? '').hostname).toBe(service.name);
    }
    expect(compose.services[GATEWAY.name]?.deploy?.replicas ?? 1).toBe(1);
  });

  it('runs the Kafka release tools/kafka fetches, with topic auto-creation off', () => {
    expect(compose.services['kafka']?.image).toBe(`apache/kafka:${KAFKA_VERSION}`);
    expect(compose.services['kafka']?.environment?.['KAFKA_AUTO_CREATE_TOPICS_ENABLE']).toBe('false');
  });

  it('is the production server of the event catalogue (docs/asyncapi.json)', () => {
    for (const name of processNames) {
      expect(substituted(compose.services[name]?.environment ?? {})['KAFKA_BROKERS']).toBe(
        SERVERS.production.host,
      );
    }
    expect(SERVERS.production.protocolVersion).toBe(KAFKA_VERSION);
  });

  it('publishes only the gateway: services are reached through it', () => {
    const published = Object.entries(compose.services)
      .filter(([, service]) => (service.ports ?? []).length > 0)
      .map(([name]) => name);
    expect(published.sort()).toEqual(['gateway', 'platform']);
  });
});
