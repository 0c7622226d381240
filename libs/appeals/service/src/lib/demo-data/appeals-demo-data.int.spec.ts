import type { RequestSummary } from '@qinqing/appeals/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../../test-setup/api-client';
import { DEMO_USERS, logIn } from '../../test-setup/actors';
import {
  type AppealsTestApp,
  appealsTestBackends,
  chinaTime,
  startAppealsTestApp,
} from '../../test-setup/appeals-test-app';
import { DEMO_REQUESTS } from './demo-requests';

/**
 * Late December, before the next year's holiday notice is loaded: the demo requests of the last days have
 * deadlines in 2027. They are all seeded, those deadlines marked provisional (the request list says so).
 */
describe.each(appealsTestBackends(inject('databaseUrl')))(
  'demo data before the 2027 notice over $name',
  (backend) => {
    let t: AppealsTestApp;
    let supervisor: ApiClient;

    beforeAll(async () => {
      // Monday 2026-12-21: only nine working days (12-21..25, 12-28..31) are left in 2026.
      t = await startAppealsTestApp(backend, { now: chinaTime('2026-12-21') });
      supervisor = await logIn(t.base, DEMO_USERS.supervisor);
    });

    afterAll(async () => {
      await t?.close();
    });

    it('seeds every demo request; due dates that depend on the 2027 notice are marked provisional', async () => {
      await t.settle();
      const listed = await supervisor.get<{ items: RequestSummary[]; total: number }>(
        '/api/appeals/requests?pageSize=200',
      );
      expect(listed.status).toBe(200);
      expect(listed.body.total).toBe(DEMO_REQUESTS.length);
      const clocks = listed.body.items.flatMap((item) => item.clocks);
      expect(clocks.some((clock) => clock.due?.startsWith('2027-') === true)).toBe(true);
      for (const clock of clocks) {
        if (clock.status !== 'running' && clock.status !== 'overdue') continue;
        // 2027, and the last week of December (the 2027 notice may start 元旦 there), wait for the notice.
        expect(clock.provisional, `${clock.clock} ${clock.due}`).toBe((clock.due ?? '') >= '2026-12-25');
      }
      for (const item of listed.body.items) {
        const provisional = item.clocks.some((clock) => clock.provisional);
        expect(item.provisionalYears).toEqual(provisional ? [2027] : expect.any(Array));
      }
    });
  },
);

/** In the middle of a year every demo request is seeded, and together they show every state a request reaches. */
describe.each(appealsTestBackends(inject('databaseUrl')))('the demo data over $name', (backend) => {
  let t: AppealsTestApp;
  let supervisor: ApiClient;

  beforeAll(async () => {
    t = await startAppealsTestApp(backend, { now: chinaTime('2026-06-15') });
    supervisor = await logIn(t.base, DEMO_USERS.supervisor);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('seeds every demo request, none refused', async () => {
    await t.settle();
    const listed = await supervisor.get<{ total: number }>('/api/appeals/requests?pageSize=200');
    expect(listed.body.total).toBe(DEMO_REQUESTS.length);
  });

  it('covers the states of issue 11: pauses, planned outcomes, 核减, 回访, 整改, 申诉, duplicates', async () => {
    const types = new Set<string>();
    for (const request of DEMO_REQUESTS) {
      for (const event of await t.history(request.requestId)) types.add(event.type);
    }
    for (const type of [
      'RequestPaused',
      'PauseExtensionApproved',
      'OutcomePlanned',
      'RateExclusionApproved',
      'ReviewOpened',
      'CallbackRecorded',
      'RatingAppealed',
      'RatingAppealDecided',
      'RectificationReported',
      'MarkedDuplicate',
      'DeadlineMissed',
      'SupervisionOrderIssued',
    ]) {
      expect(types, type).toContain(type);
    }
  });
});
