import { envBoolean, envLogLevel, envPort } from '@qinqing/shared/config';
import { z } from 'zod';
import { checkStorageEnv, storageEnv } from './storage-config';

const MIN_SECRET_BYTES = 32;

export const envSecret = z.string().refine((value) => Buffer.byteLength(value, 'utf8') >= MIN_SECRET_BYTES, {
  message: `needs at least ${MIN_SECRET_BYTES} bytes of secret`,
});

export const envOriginList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/u, message: 'expected comma-separated http(s) origins' })));

export const envKafkaBrokers = z
  .string()
  .trim()
  .regex(/^[^\s,:]+:\d{1,5}(,[^\s,:]+:\d{1,5})*$/u, 'expected host:port[,host:port…]');

/**
 * What every process of the distributed mode reads, the gateway and the services alike: its own store,
 * the Kafka brokers and the key of the identity tokens (the gateway signs with it, services verify).
 */
export const distributedEnv = {
  LOG_LEVEL: envLogLevel,
  ...storageEnv,
  EVENT_STORE: z.enum(['postgres', 'kurrentdb', 'pglite']).default('postgres'),
  KAFKA_BROKERS: envKafkaBrokers,
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
  IDENTITY_TOKEN_SECRET: envSecret,
  DEMO_DATA: envBoolean(false),
  FOLLOWER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
};

export type DistributedEnv = z.infer<z.ZodObject<typeof distributedEnv>>;

/**
 * What every context service of the distributed mode reads: the distributed variables, its port, and
 * what it needs to verify the gateway's identity tokens. Each service adds its own variables.
 */
export const serviceEnv = (defaultPort: number) => ({
  ...distributedEnv,
  PORT: envPort(defaultPort),
  /** Services sit behind the gateway: loopback unless the deployment says otherwise. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The previous key during a rotation, until the tokens it signed have expired (seconds). */
  IDENTITY_TOKEN_PREVIOUS_SECRET: envSecret.optional(),
  TRUSTED_ORIGINS: envOriginList,
});

export const serviceConfigSchema = (defaultPort: number) =>
  z.object(serviceEnv(defaultPort)).superRefine(checkStorageEnv);

export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema>>;

export const tokenSecretsOf = (config: ServiceConfig): string[] => [
  config.IDENTITY_TOKEN_SECRET,
  ...(config.IDENTITY_TOKEN_PREVIOUS_SECRET === undefined ? [] : [config.IDENTITY_TOKEN_PREVIOUS_SECRET]),
];
