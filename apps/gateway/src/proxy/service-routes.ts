import { PLATFORM_SERVICES } from '@qinqing/platform/services';
import type { GatewayConfig } from '../config/gateway.config';

/** Which service answers which API paths. Everything else under /api is the gateway's own (identity). */
export interface ServiceRoute {
  readonly service: string;
  /** Path prefixes under /api, without the trailing slash. */
  readonly prefixes: readonly string[];
  readonly baseUrl: string;
}

/** The forwarding table, from the one list of context services. */
export const serviceRoutes = (config: Pick<GatewayConfig, 'serviceUrls'>): readonly ServiceRoute[] =>
  PLATFORM_SERVICES.map((service) => {
    const baseUrl = config.serviceUrls[service.name];
    if (baseUrl === undefined)
      throw new Error(`No URL configured for ${service.name} (${service.urlVariable})`);
    return { service: service.name, prefixes: service.routes, baseUrl };
  });

/** The route whose prefix is the path or a whole-segment prefix of it ("/api/appeals2" is not appeals). */
export const routeFor = (routes: readonly ServiceRoute[], path: string): ServiceRoute | null =>
  routes.find((route) =>
    route.prefixes.some(
      (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`),
    ),
  ) ?? null;
