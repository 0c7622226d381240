import { expectStatus, HttpClient } from '../console/http-client';

/**
 * The service-centre context's public events through its own HTTP API: a supervisor publishes the first half
 * year's 亲清健康指数 (health-index.published.v1 — scores and counts per area, no person), counted from the
 * tour's earlier events of that half year.
 */
export const driveServiceCentreEvents = async (api: string): Promise<void> => {
  const supervisor = new HttpClient(api);
  await expectStatus(
    'supervisor login',
    supervisor.post('/auth/login', { username: 'supervisor.chen', password: 'Demo!2026' }),
    200,
  );
  await expectStatus(
    'publish the first half year’s health index',
    supervisor.post('/service-centre/health-index', { period: '2026-H1' }),
    201,
  );
};
