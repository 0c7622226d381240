import { PLATFORM_SERVICES } from '@qinqing/platform/services';
import type { GatewayConfig } from '../config/gateway.config';
import { UpstreamPool } from './upstream-pool';

/** Which service answers which API paths. Everything else under /api is the gateway's own (identity). */
export interface ServiceRoute {
  readonly service: string;
  /** Path prefixes under /api, without the trailing slash. */
  readonly prefixes: readonly string[];
  /** Its replicas' base URLs, taken in turn. */
  readonly upstreams: UpstreamPool;
}

/** The forwarding table, from the one list of context services. */
export const serviceRoutes = (config: Pick<GatewayConfig, 'serviceUrls'>): readonly ServiceRoute[] =>
  PLATFORM_SERVICES.map((service) => {
    const urls = config.serviceUrls[service.name];
    if (urls === undefined || urls.length === 0)
      throw new Error(`No URL configured for ${service.name} (${service.urlVariable})`);
    return { service: service.name, prefixes: service.routes, upstreams: new UpstreamPool(urls) };
  });

/** The route whose prefix is the path or a whole-segment prefix of it ("/api/appeals2" is not appeals). */
export const routeFor = (routes: readonly ServiceRoute[], path: string): ServiceRoute | null =>
  routes.find((route) =>
    route.prefixes.some(
      (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`),
    ),
  ) ?? null;
