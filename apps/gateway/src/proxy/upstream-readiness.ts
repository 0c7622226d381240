import type { ReadinessCheck } from '@qinqing/shared/nest-platform';
import type { ServiceRoute } from './service-routes';

const replicaReadiness = async (url: string): Promise<{ ok: boolean; detail: string }> => {
  try {
    const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2_000) });
    return { ok: response.ok, detail: response.ok ? `${url} ready` : `${url} answered ${response.status}` };
  } catch (error) {
    return { ok: false, detail: `${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
};

/**
 * The gateway is ready when each service it forwards to is: at least one of its replicas' /readyz answers 200
 * within 2 s (the gateway sends requests past one that cannot be reached).
 */
export const upstreamReadiness = (route: ServiceRoute): ReadinessCheck => ({
  name: `service:${route.service}`,
  async check() {
    const replicas = await Promise.all(route.upstreams.urls.map(replicaReadiness));
    return {
      ok: replicas.some((replica) => replica.ok),
      detail: replicas.map((replica) => replica.detail).join('; '),
    };
  },
});
