import { GATEWAY, localServiceUrl, PLATFORM_SERVICES, PUBLIC_TOPICS } from '@qinqing/platform/services';
import pg from 'pg';

export { PUBLIC_TOPICS };

/**
 * The distributed run mode on one machine: the gateway and one process per context service
 * (`PLATFORM_SERVICES`), each with its own PostgreSQL database, Kafka between them. docker-compose.yml
 * describes the same processes, variables and ports for production.
 */
export interface DistributedTopology {
  /** Kafka bootstrap servers. */
  readonly brokers: string;
  /** Any database on the PostgreSQL server; each process gets its own database next to it. */
  readonly postgresUrl: string;
  /** Prefix of the databases' names ("qinqing" → qinqing_gateway, qinqing_appeals, …). */
  readonly databasePrefix: string;
  /** Shared by the gateway (signs) and the services (verify). */
  readonly identityTokenSecret: string;
  /** Ports by process name ("gateway", "appeals-service", …); a process not named gets its usual port. */
  readonly ports?: Readonly<Record<string, number>>;
  readonly demoData: boolean;
  readonly uiDistDir: string;
  /** Variables passed to every process (log level, scheduler interval, …). */
  readonly extraEnv?: Readonly<Record<string, string>>;
}

export interface PlatformProcess {
  readonly name: string;
  readonly entry: string;
  readonly database: string;
  readonly port: number;
  readonly env: Readonly<Record<string, string>>;
}

export const databaseUrl = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export const platformProcesses = (topology: DistributedTopology): PlatformProcess[] => {
  const common = {
    KAFKA_BROKERS: topology.brokers,
    IDENTITY_TOKEN_SECRET: topology.identityTokenSecret,
    EVENT_STORE: 'postgres',
    DEMO_DATA: String(topology.demoData),
    ...topology.extraEnv,
  };
  const portOf = (process: { readonly name: string; readonly port: number }): number =>
    topology.ports?.[process.name] ?? process.port;
  const services: PlatformProcess[] = PLATFORM_SERVICES.map((service) => ({
    name: service.name,
    entry: service.entry,
    database: `${topology.databasePrefix}_${service.database}`,
    port: portOf(service),
    env: {},
  }));
  const gateway: PlatformProcess = {
    name: GATEWAY.name,
    entry: GATEWAY.entry,
    database: `${topology.databasePrefix}_${GATEWAY.database}`,
    port: portOf(GATEWAY),
    env: {
      ...Object.fromEntries(
        PLATFORM_SERVICES.map((service) => [service.urlVariable, localServiceUrl(service, portOf(service))]),
      ),
      UI_DIST_DIR: topology.uiDistDir,
    },
  };
  return [...services, gateway].map((p) => ({
    ...p,
    env: {
      ...common,
      ...p.env,
      PORT: String(p.port),
      DATABASE_URL: databaseUrl(topology.postgresUrl, p.database),
    },
  }));
};

/** Creates the databases that do not exist yet; existing ones (and their data) are kept. */
export const createDatabases = async (serverUrl: string, databases: readonly string[]): Promise<string[]> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const created: string[] = [];
  try {
    for (const database of databases) {
      if (!/^[a-z_][a-z0-9_]*$/u.test(database)) throw new Error(`Unsafe database name: ${database}`);
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE ${database}`);
        created.push(database);
      }
    }
  } finally {
    await client.end();
  }
  return created;
};

export const dropDatabases = async (serverUrl: string, databases: readonly string[]): Promise<void> => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const database of databases) {
      if (!/^[a-z_][a-z0-9_]*$/u.test(database)) throw new Error(`Unsafe database name: ${database}`);
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
};
