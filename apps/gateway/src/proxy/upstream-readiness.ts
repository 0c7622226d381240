import type { ReadinessCheck } from '@qinqing/shared/nest-platform';
import type { ServiceRoute } from './service-routes';

/** The gateway is ready when the services it forwards to are: their /readyz answers 200 within 2 s. */
export const upstreamReadiness = (route: ServiceRoute): ReadinessCheck => ({
  name: `service:${route.service}`,
  async check() {
    const response = await fetch(new URL('/readyz', route.baseUrl), { signal: AbortSignal.timeout(2_000) });
    return response.ok
      ? { ok: true, detail: route.baseUrl }
      : { ok: false, detail: `${route.baseUrl} answered ${response.status}` };
  },
});
