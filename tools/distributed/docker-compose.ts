import { builtEntry } from '../build-server/build-server';
import { GATEWAY, PLATFORM_SERVICES, type PlatformService } from '@qinqing/platform/services';
import { format } from 'prettier';

/**
 * docker-compose.yml and tools/docker/create-databases.sql, rendered from the one list of processes
 * (`PLATFORM_SERVICES`): `npm run compose` writes them, and tests/distributed/docker-compose.unit.spec.ts
 * fails when the committed files differ, so a new context service appears in compose by its registry entry.
 */

const DATABASE_PREFIX = 'qinqing';

/**
 * Processes per context service. The gateway reaches them by the service's name: Docker's DNS answers with
 * every replica's address, so its connections spread over them; their leases (on the service's database) decide
 * which one runs the projections, the relay and the schedulers, and the Kafka consumer groups share partitions.
 */
export const SERVICE_REPLICAS = 2;

const required = (variable: string, reason: string): string => `\${${variable}:?set ${variable} (${reason})}`;

const requiredSettingLines = (settings: Readonly<Record<string, string>>, indent: string): string[] =>
  Object.entries(settings).map(([variable, reason]) => `${indent}${variable}: ${required(variable, reason)}`);

const databaseUrl = (database: string): string =>
  `postgres://qinqing:\${POSTGRES_PASSWORD}@postgres:5432/${DATABASE_PREFIX}_${database}`;

const serviceBlock = (service: PlatformService): string[] => [
  `  ${service.name}:`,
  '    <<: *app',
  `    command: ['node', '--enable-source-maps', '${builtEntry(service.entry)}']`,
  '    environment:',
  '      <<: *service-env',
  `      PORT: ${service.port}`,
  '      HOST: 0.0.0.0',
  `      DATABASE_URL: ${databaseUrl(service.database)}`,
  ...requiredSettingLines(service.requiredSettings ?? {}, '      '),
  `    expose: ['${service.port}']`,
  '    deploy:',
  `      replicas: ${SERVICE_REPLICAS}`,
  '    healthcheck: *readyz',
  '',
];

const allRequiredSettings = (): Record<string, string> =>
  Object.assign({}, ...PLATFORM_SERVICES.map((service) => service.requiredSettings ?? {}));

export const renderDockerCompose = async (): Promise<string> => {
  const lines = [
    '# Production topology of the distributed mode. GENERATED from libs/platform/services (the one list of',
    '# processes) by `npm run compose`; edit tools/distributed/docker-compose.ts or the list, not this file.',
    '# It cannot run on the development machines (no Docker engine there); `npm run start:distributed` runs the',
    "# same processes with the same variables and ports against the machine's PostgreSQL and a Kafka broker from",
    '# tools/kafka. tests/distributed/docker-compose.unit.spec.ts keeps the two in step. Each context service runs',
    `# ${SERVICE_REPLICAS} replicas (\`REPLICAS=${SERVICE_REPLICAS} npm run start:distributed\` does the same), which the gateway reaches by the`,
    "# service's name; one replica at a time runs its projections, relay and schedulers (docs/architecture.md).",
    'name: qinqing',
    '',
    'x-service-env: &service-env',
    '  EVENT_STORE: postgres',
    '  KAFKA_BROKERS: kafka:9092',
    "  KAFKA_TOPIC_PARTITIONS: '6'",
    `  IDENTITY_TOKEN_SECRET: ${required('IDENTITY_TOKEN_SECRET', 'at least 32 bytes, shared by gateway and services')}`,
    "  DEMO_DATA: 'false'",
    '  LOG_LEVEL: info',
    '',
    'x-app: &app',
    '  build: { context: ., dockerfile: tools/docker/Dockerfile }',
    '  restart: unless-stopped',
    '  depends_on:',
    '    postgres: { condition: service_healthy }',
    '    kafka: { condition: service_healthy }',
    '',
    'x-readyz: &readyz',
    '  test:',
    '    [',
    "      'CMD',",
    "      'node',",
    "      '-e',",
    "      \"fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))\",",
    '    ]',
    '  interval: 10s',
    '',
    'services:',
    '  kafka:',
    '    # Single-node KRaft (combined broker + controller), auto topic creation off: the services create their',
    '    # topics on purpose. Same Kafka release as tools/kafka/pom.xml.',
    '    image: apache/kafka:4.3.1',
    '    environment:',
    '      KAFKA_NODE_ID: 1',
    '      KAFKA_PROCESS_ROLES: broker,controller',
    '      KAFKA_LISTENERS: PLAINTEXT://:9092,CONTROLLER://:9093',
    '      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092',
    '      KAFKA_CONTROLLER_LISTENER_NAMES: CONTROLLER',
    '      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    '      KAFKA_CONTROLLER_QUORUM_VOTERS: 1@kafka:9093',
    "      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false'",
    '      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1',
    '      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1',
    '      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1',
    '      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0',
    "    volumes: ['kafka-data:/var/lib/kafka/data']",
    '    healthcheck:',
    '      test:',
    '        [',
    "          'CMD-SHELL',",
    "          '/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 >/dev/null',",
    '        ]',
    '      interval: 10s',
    '      retries: 12',
    '',
    '  postgres:',
    '    image: postgres:17',
    '    environment:',
    '      POSTGRES_USER: qinqing',
    '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}',
    '      POSTGRES_DB: qinqing',
    '    # One database per process, as start:distributed creates them.',
    '    volumes:',
    '      - postgres-data:/var/lib/postgresql/data',
    '      - ./tools/docker/create-databases.sql:/docker-entrypoint-initdb.d/create-databases.sql:ro',
    '    healthcheck:',
    "      test: ['CMD-SHELL', 'pg_isready -U qinqing']",
    '      interval: 5s',
    '      retries: 20',
    '',
    '  kurrentdb:',
    '    # Optional event store (EVENT_STORE=kurrentdb with KURRENTDB_CONNECTION_STRING); read models, checkpoints',
    "    # and the inbox stay in each service's PostgreSQL database.",
    '    image: docker.kurrent.io/kurrent-latest/kurrentdb:25.0',
    "    profiles: ['kurrentdb']",
    '    environment:',
    '      KURRENTDB_CLUSTER_SIZE: 1',
    '      KURRENTDB_RUN_PROJECTIONS: None',
    "      KURRENTDB_INSECURE: 'true'",
    "      KURRENTDB_ENABLE_ATOM_PUB_OVER_HTTP: 'false'",
    "    volumes: ['kurrentdb-data:/var/lib/kurrentdb']",
    '',
    ...PLATFORM_SERVICES.flatMap(serviceBlock),
    `  ${GATEWAY.name}:`,
    '    <<: *app',
    `    command: ['node', '--enable-source-maps', '${builtEntry(GATEWAY.entry)}']`,
    '    environment:',
    '      <<: *service-env',
    `      PORT: ${GATEWAY.port}`,
    `      DATABASE_URL: ${databaseUrl(GATEWAY.database)}`,
    ...PLATFORM_SERVICES.map(
      (service) => `      ${service.urlVariable}: http://${service.name}:${service.port}`,
    ),
    "      COOKIE_SECURE: 'true'",
    `    ports: ['${GATEWAY.port}:${GATEWAY.port}']`,
    '    depends_on:',
    '      postgres: { condition: service_healthy }',
    '      kafka: { condition: service_healthy }',
    ...PLATFORM_SERVICES.map((service) => `      ${service.name}: { condition: service_started }`),
    '    healthcheck: *readyz',
    '',
    '  # The one-process platform against PostgreSQL, for a small deployment (the embedded mode uses PGlite).',
    '  platform:',
    '    <<: *app',
    "    profiles: ['one-process']",
    `    command: ['node', '--enable-source-maps', '--optimize-for-size', '${builtEntry('apps/embedded/src/main.ts')}']`,
    '    environment:',
    '      PORT: 3000',
    '      EVENT_STORE: postgres',
    `      DATABASE_URL: postgres://qinqing:\${POSTGRES_PASSWORD}@postgres:5432/${DATABASE_PREFIX}`,
    "      DEMO_DATA: 'false'",
    ...requiredSettingLines(allRequiredSettings(), '      '),
    "    ports: ['3000:3000']",
    '    depends_on:',
    '      postgres: { condition: service_healthy }',
    '    healthcheck: *readyz',
    '',
    'volumes:',
    '  postgres-data:',
    '  kafka-data:',
    '  kurrentdb-data:',
  ];
  return format(lines.join('\n'), { parser: 'yaml', singleQuote: true, printWidth: 110 });
};

export const renderCreateDatabasesSql = (): string =>
  [
    '-- One database per process of the distributed mode (start:distributed creates the same ones on the',
    '-- development machine). Runs once, when the PostgreSQL volume is first initialised.',
    '-- GENERATED from libs/platform/services by `npm run compose`.',
    ...[GATEWAY, ...PLATFORM_SERVICES].map(
      (process) => `CREATE DATABASE ${DATABASE_PREFIX}_${process.database};`,
    ),
    '',
  ].join('\n');
