import type {
  HealthIndexAreaView,
  HealthIndexPage,
  HealthIndexPeriodView,
} from '@qinqing/service-centre/contracts';
import {
  computeHealthIndex,
  CURRENT_HEALTH_INDEX_METHODOLOGY,
  type HealthIndexPublished,
  healthIndexSnapshotStreamId,
} from '@qinqing/service-centre/domain';
import { HEALTH_INDEX_INPUTS_CONSUMER, inputsOfHalfYear } from '@qinqing/service-centre/service';
import { type EventStore, ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { logIn } from '../credit/credit-test-actors';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/service-centre/health-index';

/**
 * The 亲清健康指数 over the demo data: counted from public events, published once after the half year as an
 * immutable snapshot, public to read, and rebuilt from the log to the same figures.
 */
describe('service centre: the 亲清健康指数', () => {
  let server: EmbeddedTestServer;
  let clock: ManualClock;
  let db: SqlDatabase;
  let anonymous: HttpClient;
  let supervisor: HttpClient;
  // On disk, so that a second start of the app reads the same log.
  const dataDir = mkdtempSync(join(tmpdir(), 'health-index-'));

  beforeAll(async () => {
    clock = new ManualClock(new Date('2026-12-02T01:00:00.000Z'));
    server = await startEmbeddedTestServer({ clock, env: { DATA_DIR: dataDir } });
    db = server.app.get<SqlDatabase>(SQL_DATABASE);
    anonymous = new HttpClient(server.baseUrl);
    supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    // The demo's requests, filings and board are counted before the half year ends.
    await eventually(async () => {
      const inputs = await inputsOfHalfYear(db, '2026-H2');
      return inputs.size > 0 ? true : undefined;
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a half year that has not ended, a malformed one, and anyone but the supervisors', async () => {
    const early = await supervisor.post(PATH, { period: '2026-H2' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: 'period-not-ended', field: 'period' });
    const bad = await supervisor.post(PATH, { period: '2026-H3' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('period');
    expect((await anonymous.post(PATH, { period: '2026-H1' })).status).toBe(401);
    const officer = await logIn(server.baseUrl, 'credit.zhao');
    expect((await officer.post(PATH, { period: '2026-H1' })).status).toBe(403);
  });

  it('publishes the half year once it has ended, for everyone to read, and never again', async () => {
    clock.set(new Date('2027-01-04T01:00:00.000Z'));
    // A month later: the session of December has ended.
    supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    const published = await expectStatus<HealthIndexPeriodView>(
      'publish',
      supervisor.post(PATH, { period: '2026-H2' }),
      201,
    );
    expect(published).toMatchObject({
      period: '2026-H2',
      methodologyVersion: '2026.1',
      publishedOn: '2027-01-04',
    });
    expect(published.areas).toBeGreaterThan(0);
    const again = await supervisor.post(PATH, { period: '2026-H2' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'already-published', rule: { rule: 'immutable-snapshot' } });

    const page = await eventually(async () => {
      const answer = await anonymous.get(`${PATH}/2026-H2`);
      return answer.status === 200 ? (answer.body as HealthIndexPage<HealthIndexAreaView>) : undefined;
    });
    expect(page.items).toHaveLength(published.areas);
    const haishu = page.items.find((a) => a.areaCode === '330203');
    expect(haishu).toMatchObject({ areaName: '海曙区', methodologyVersion: '2026.1' });
    expect(haishu?.total).toBeGreaterThanOrEqual(0);
    const trend = await expectStatus<HealthIndexPage<HealthIndexAreaView>>(
      'trend',
      anonymous.get(`${PATH}/areas/330203`),
      200,
    );
    expect(trend.items.map((i) => i.period)).toEqual(['2026-H2']);
    const periods = await expectStatus<HealthIndexPage<HealthIndexPeriodView>>(
      'periods',
      anonymous.get(PATH),
      200,
    );
    expect(periods.items.map((p) => p.period)).toEqual(['2026-H2']);
    expect((await anonymous.get(`${PATH}/2025-H1`)).status).toBe(404);
    // Its public event is valid on the bus: every consumer keeps following the log.
    await eventually(async () => ((await anonymous.get('/readyz')).status === 200 ? true : undefined));
    expect((await anonymous.get(`${PATH}/areas/33020`)).status).toBe(400);
    expect((await anonymous.get(`${PATH}?after=garbage`)).status).toBe(400);
    expect((await anonymous.get(`${PATH}/2026-H2?after='`)).status).toBe(400);
    const ancient = await supervisor.post(PATH, { period: '1900-H1' });
    expect(ancient.status).toBe(409);
    expect(ancient.body).toMatchObject({ error: 'before-methodology', field: 'period' });
  });

  it('counts the same when its inputs are rebuilt from the log at a restart: the published figures stand', async () => {
    const store = server.app.get<EventStore>(EVENT_STORE);
    const [event] = await store.readStream(healthIndexSnapshotStreamId('2026-H2'));
    const snapshot = event?.data as HealthIndexPublished['data'];
    await db.transaction(async (tx) => {
      for (const table of [
        'service_centre_health_inputs',
        'service_centre_health_enterprises',
        'service_centre_health_area_enterprises',
        'service_centre_health_subjects',
        'service_centre_health_last_requests',
        'service_centre_health_pairings',
        'service_centre_health_pairing_visits',
      ])
        await tx.query(`DELETE FROM ${table}`);
      await tx.query('DELETE FROM es_inbox WHERE consumer = $1', [HEALTH_INDEX_INPUTS_CONSUMER]);
      await tx.query('UPDATE es_checkpoints SET cursor = NULL WHERE name = $1', [
        `consumer:${HEALTH_INDEX_INPUTS_CONSUMER}`,
      ]);
    });
    await server.close();
    server = await startEmbeddedTestServer({ clock, env: { DATA_DIR: dataDir } });
    db = server.app.get<SqlDatabase>(SQL_DATABASE);
    anonymous = new HttpClient(server.baseUrl);
    const rebuilt = await eventually(async () => {
      const inputs = await inputsOfHalfYear(db, '2026-H2');
      return inputs.size >= snapshot.areas.length ? inputs : undefined;
    });
    for (const area of snapshot.areas) {
      const inputs = rebuilt.get(area.areaCode) ?? {};
      expect(inputs).toEqual(area.inputs);
      expect(computeHealthIndex(CURRENT_HEALTH_INDEX_METHODOLOGY, inputs)).toEqual(area.figures);
    }
  });
});
