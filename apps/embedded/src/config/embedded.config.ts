import { appealsEnv, checkAppealsEnv } from '@qinqing/appeals/service';
import { creditEnv } from '@qinqing/credit/service';
import { liaisonEnv } from '@qinqing/liaison/service';
import { partyBuildingEnv } from '@qinqing/party-building/service';
import { serviceCentreEnv } from '@qinqing/service-centre/service';
import { envBoolean, envLogLevel, envPort, loadConfig } from '@qinqing/shared/config';
import { identityEnv, type IdentityOptions, identityOptionsOf } from '@qinqing/identity/service';
import {
  checkStorageEnv,
  type StorageOptions,
  storageEnv,
  storageOptionsOf,
} from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** Every variable the one-process app reads; documented with defaults in .env.example. */
export const embeddedConfigSchema = z
  .object({
    PORT: envPort(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: envLogLevel,
    ...storageEnv,
    DEMO_DATA: envBoolean(true),
    /** Where the built kiosk and console bundles are (npm run build:ui writes them there). */
    UI_DIST_DIR: z.string().min(1).default('dist/apps'),
    /** Absent: by store, see `followerPollIntervalMs`. */
    FOLLOWER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).optional(),
    /** How often the appeals deadline scheduler passes over open requests; 0 turns the timer off. */
    APPEALS_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    ...identityEnv,
    ...appealsEnv,
    ...liaisonEnv,
    ...partyBuildingEnv,
    ...serviceCentreEnv,
    ...creditEnv,
  })
  .superRefine(checkStorageEnv)
  .superRefine(checkAppealsEnv);

export type EmbeddedConfig = z.infer<typeof embeddedConfigSchema>;

export const loadEmbeddedConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): EmbeddedConfig => loadConfig(embeddedConfigSchema, env);

/**
 * How often the followers of the log (projections, consumers) read it without being woken. Every append made in
 * this process wakes the followers that take its events, so the poll only finds what another process appended.
 * On PGlite there is no other process (the app holds its data directory alone) and an append is readable once it
 * returns: the poll is a backstop, and polling 40 followers twice a second was most of the app's CPU at rest
 * (12 % of a core) and the garbage that kept its heap from shrinking (bench:memory). On PostgreSQL and KurrentDB
 * other processes may append, and a commit can take a moment to become readable in the log's order.
 */
export const followerPollIntervalMs = (config: EmbeddedConfig): number =>
  config.FOLLOWER_POLL_INTERVAL_MS ?? (config.EVENT_STORE === 'pglite' ? 5_000 : 500);

export const storageOptions = (config: EmbeddedConfig): StorageOptions => storageOptionsOf(config);

export const identityOptions = (config: EmbeddedConfig): IdentityOptions => identityOptionsOf(config);
