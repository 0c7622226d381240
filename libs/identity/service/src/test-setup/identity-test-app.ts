import { type INestApplication, Module, type Type } from '@nestjs/common';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import {
  createHttpApp,
  EventSourcingModule,
  LoggingModule,
  ObservabilityModule,
  type StorageOptions,
} from '@qinqing/shared/nest-platform';
import { IdentityModule } from '../lib/identity.module';
import type { IdentityOptions } from '../lib/identity.options';

export interface TestBackend {
  readonly name: string;
  open(): Promise<{ readonly storage: StorageOptions; drop(): Promise<void> }>;
}

let memoryDatabases = 0;

/** PGlite always; PostgreSQL when the run has a server (a fresh database per app). */
export const testBackends = (databaseUrl: string | null): TestBackend[] => [
  {
    name: 'PGlite',
    open: async () => ({
      storage: { eventStore: 'pglite', dataDir: `memory://identity-${++memoryDatabases}` },
      drop: async () => undefined,
    }),
  },
  ...(databaseUrl === null
    ? []
    : [
        {
          name: 'PostgreSQL',
          open: async () => {
            const database = await createTestDatabase(databaseUrl);
            return {
              storage: { eventStore: 'postgres', databaseUrl: database.url } as const,
              drop: database.drop,
            };
          },
        },
      ]),
];

export interface IdentityTestApp {
  readonly app: INestApplication;
  readonly base: string;
  close(): Promise<void>;
}

/**
 * The identity module mounted the way apps/embedded mounts it (same platform modules, createHttpApp),
 * plus any probe controllers a test needs.
 */
export const startIdentityTestApp = async (
  backend: TestBackend,
  identity: Partial<IdentityOptions>,
  controllers: Type[] = [],
): Promise<IdentityTestApp> => {
  const { storage, drop } = await backend.open();

  @Module({ controllers })
  class ProbeModule {}

  @Module({})
  class IdentityTestAppModule {}

  const app = await createHttpApp(
    {
      module: IdentityTestAppModule,
      imports: [
        LoggingModule.forRoot({ serviceName: 'identity-test', level: 'silent' }),
        ObservabilityModule,
        EventSourcingModule.forRoot({ storage, pollIntervalMs: 50 }),
        IdentityModule.forRoot(identity),
        ProbeModule,
      ],
    },
    { title: 'identity test', description: 'identity test', version: '0' },
  );
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  return {
    app,
    base,
    close: async () => {
      await app.close();
      await drop();
    },
  };
};
