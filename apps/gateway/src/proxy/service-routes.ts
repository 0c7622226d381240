import type { GatewayConfig } from '../config/gateway.config';

/** Which service answers which API paths. Everything else under /api is the gateway's own (identity). */
export interface ServiceRoute {
  readonly service: string;
  /** Path prefixes under /api, without the trailing slash. */
  readonly prefixes: readonly string[];
  readonly baseUrl: string;
}

export const serviceRoutes = (config: GatewayConfig): readonly ServiceRoute[] => [
  {
    service: 'appeals-service',
    prefixes: ['/api/appeals', '/api/calendar'],
    baseUrl: config.APPEALS_SERVICE_URL,
  },
  {
    service: 'service-centre-service',
    prefixes: ['/api/service-centre'],
    baseUrl: config.SERVICE_CENTRE_SERVICE_URL,
  },
];

/** The route whose prefix is the path or a whole-segment prefix of it ("/api/appeals2" is not appeals). */
export const routeFor = (routes: readonly ServiceRoute[], path: string): ServiceRoute | null =>
  routes.find((route) =>
    route.prefixes.some(
      (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`),
    ),
  ) ?? null;
