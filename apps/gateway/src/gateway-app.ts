import { type DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { IdentityModule, identityOptionsOf, IdentityTokenSigner } from '@qinqing/identity/service';
import {
  CLOCK,
  createHttpApp,
  mountPlatformUi,
  ReadinessRegistry,
  startIntegrationEvents,
} from '@qinqing/shared/nest-platform';
import { distributedPlatform } from '@qinqing/shared/service-host';
import type { GatewayConfig } from './config/gateway.config';
import { mountIdentityForwardingProxy } from './proxy/identity-forwarding.proxy';
import { serviceRoutes } from './proxy/service-routes';
import { upstreamReadiness } from './proxy/upstream-readiness';

export const GATEWAY_SERVICE_NAME = 'gateway';

/**
 * The gateway's own NestJS app: identity and access (logins, sessions, kiosks, accounts, organisation
 * units) over its own store, publishing identity's public events to Kafka for the services.
 */
@Module({})
export class GatewayModule {
  static forConfig(config: GatewayConfig, clock?: Clock): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ...distributedPlatform(GATEWAY_SERVICE_NAME, config, clock),
        IdentityModule.forRoot({
          ...identityOptionsOf(config),
          // Liaison signs walk-in proofs with a secret the services share with the gateway (see walk-in-proof.ts).
          walkInProofSecrets: [
            config.IDENTITY_TOKEN_SECRET,
            ...(config.IDENTITY_TOKEN_PREVIOUS_SECRET === undefined
              ? []
              : [config.IDENTITY_TOKEN_PREVIOUS_SECRET]),
          ],
        }),
      ],
    };
  }
}

/** The gateway: the kiosk and console, identity, and /api/<context>/… forwarded to the services. */
export const createGatewayApp = async (
  config: GatewayConfig,
  clock?: Clock,
): Promise<NestExpressApplication> => {
  const routes = serviceRoutes(config);
  const app = await createHttpApp(GatewayModule.forConfig(config, clock), {
    title: '亲清 platform gateway API',
    description:
      'Identity and access (login, sessions, kiosks, accounts, organisation units). The contexts’ APIs are ' +
      `forwarded to their services: ${routes.map((route) => `${route.prefixes.join(', ')} (${route.service})`).join('; ')}.`,
    version: '0.1.0',
    beforeBodyParsing: (nest) =>
      mountIdentityForwardingProxy(nest, {
        routes,
        signer: new IdentityTokenSigner(
          { secret: config.IDENTITY_TOKEN_SECRET, ttlSeconds: config.IDENTITY_TOKEN_TTL_SECONDS },
          nest.get<Clock>(CLOCK),
        ),
        timeoutMs: config.UPSTREAM_TIMEOUT_MS,
      }),
  });
  const readiness = app.get(ReadinessRegistry);
  for (const route of routes) readiness.register(upstreamReadiness(route));
  mountPlatformUi(app, config.UI_DIST_DIR);
  // It consumes nothing today; connected all the same, so every deployable has the same shape.
  return startIntegrationEvents(app);
};
