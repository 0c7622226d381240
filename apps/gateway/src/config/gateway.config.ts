import { identityEnv } from '@qinqing/identity/service';
import { localServiceUrl, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { envPort, loadConfig } from '@qinqing/shared/config';
import { checkStorageEnv, distributedEnv, envSecret } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** A service's base URL, or its replicas' as a comma-separated list (the gateway takes them in turn). */
const envServiceUrls = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
    )
    .pipe(
      z
        .array(z.url({ protocol: /^https?$/u, message: 'expected http(s) URLs, comma-separated' }))
        .min(1, 'expected at least one http(s) URL'),
    );

/**
 * One variable per context service (`PLATFORM_SERVICES`), the base URL of each of its replicas; collected into
 * `serviceUrls`.
 */
const serviceUrlsEnv = z
  .object(
    Object.fromEntries(
      PLATFORM_SERVICES.map((service) => [service.urlVariable, envServiceUrls(localServiceUrl(service))]),
    ),
  )
  .transform((urls) => ({
    serviceUrls: Object.fromEntries(
      PLATFORM_SERVICES.map((service) => [service.name, urls[service.urlVariable] ?? []]),
    ) as Readonly<Record<string, readonly string[]>>,
  }));

/**
 * The gateway of the distributed mode: it serves the kiosk and console, authenticates people (identity
 * lives here, with its own database) and forwards /api/<context>/… to the context services with a signed,
 * short-lived identity token.
 */
export const gatewayConfigSchema = z
  .object({
    ...distributedEnv,
    PORT: envPort(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    /** How long a forwarded identity token is valid; it covers one request, so seconds. */
    IDENTITY_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
    /** During a rotation the key the services may still sign walk-in proofs with (walk-in-proof.ts). */
    IDENTITY_TOKEN_PREVIOUS_SECRET: envSecret.optional(),
    /** How long the gateway waits for a service's answer before it answers 504. */
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
    UI_DIST_DIR: z.string().min(1).default('dist/apps'),
    ...identityEnv,
  })
  .superRefine(checkStorageEnv)
  .and(serviceUrlsEnv);

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): GatewayConfig => loadConfig(gatewayConfigSchema, env);
