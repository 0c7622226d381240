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
  /**
   * Ports by process name ("gateway", "appeals-service", "appeals-service-2", …); a process not named gets its
   * usual port, a service's n-th replica its first's port + 100 × (n − 1).
   */
  readonly ports?: Readonly<Record<string, number>>;
  /** Processes per context service, by service name (default 1); the gateway takes them in turn. */
  readonly replicas?: Readonly<Record<string, number>>;
  readonly demoData: boolean;
  readonly uiDistDir: string;
  /** Variables passed to every process (log level, scheduler interval, …). */
  readonly extraEnv?: Readonly<Record<string, string>>;
}

export interface PlatformProcess {
  /** The service's name for its first process, with its number for the others ("appeals-service-2"). */
  readonly name: string;
  /** The gateway or the context service it runs. */
  readonly service: string;
  /** 1 for the first (or only) process of its service, 2… for further replicas. */
  readonly replica: number;
  readonly entry: string;
  readonly database: string;
  readonly port: number;
  readonly env: Readonly<Record<string, string>>;
}

/** A service's n-th process: its own name for the first, numbered after. */
export const replicaName = (service: string, replica: number): string =>
  replica === 1 ? service : `${service}-${replica}`;

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
  const services: PlatformProcess[] = PLATFORM_SERVICES.flatMap((service) =>
    Array.from({ length: Math.max(1, topology.replicas?.[service.name] ?? 1) }, (_, index) => {
      const name = replicaName(service.name, index + 1);
      return {
        name,
        service: service.name,
        replica: index + 1,
        entry: service.entry,
        // Replicas share the service's database: its leases decide which one runs the followers and schedulers.
        database: `${topology.databasePrefix}_${service.database}`,
        port: topology.ports?.[name] ?? (topology.ports?.[service.name] ?? service.port) + 100 * index,
        env: {},
      };
    }),
  );
  const gateway: PlatformProcess = {
    name: GATEWAY.name,
    service: GATEWAY.name,
    replica: 1,
    entry: GATEWAY.entry,
    database: `${topology.databasePrefix}_${GATEWAY.database}`,
    port: topology.ports?.[GATEWAY.name] ?? GATEWAY.port,
    env: {
      ...Object.fromEntries(
        PLATFORM_SERVICES.map((service) => [
          service.urlVariable,
          services
            .filter((process) => process.service === service.name)
            .map((process) => localServiceUrl(service, process.port))
            .join(','),
        ]),
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
