import type { BoardPage, BoardView, CleanEnterprisePage, PledgeList } from '@qinqing/credit/contracts';
import { BoardDemoDataSeeder } from '@qinqing/credit/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { logIn } from './credit-test-actors';

/** The board demo data in the one-process app, seeded on 2 December 2026 after the demo records. */
describe('credit: demo boards, pledges and 清廉企业 evaluation', () => {
  let server: EmbeddedTestServer;
  let anonymous: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    anonymous = new HttpClient(server.baseUrl);
  });

  afterAll(() => server.close());

  it('publishes the last ended quarter’s board and leaves the running one a draft for the officer', async () => {
    const current = await expectStatus<BoardView>(
      'current',
      anonymous.get('/api/credit/boards/current'),
      200,
    );
    expect(current).toMatchObject({ period: '2026-Q3', status: 'published', approvedOn: '2026-12-02' });
    // The demo's serious bribery (4 months ago) is on it; its honour's enterprise is on the red list.
    expect(current.black.map((e) => e.kind)).toContain('bribery');
    expect(current.red.map((e) => e.creditCode)).toContain('91330203MA2P2E5UXB');
    const list = await expectStatus<BoardPage>('list', anonymous.get('/api/credit/boards'), 200);
    expect(list.items.map((b) => b.period)).toEqual(['2026-Q3']);
    await expectStatus('draft in public', anonymous.get('/api/credit/boards/board-2026-Q4'), 404);
    const officer = await logIn(server.baseUrl, 'credit.zhao');
    expect(
      await expectStatus<BoardView>('draft', officer.get('/api/credit/boards/board-2026-Q4'), 200),
    ).toMatchObject({
      status: 'draft',
      asOf: '2026-12-02',
    });
  });

  it('has two pledges signed last January and one public evaluation of last year', async () => {
    const officer = await logIn(server.baseUrl, 'credit.zhao');
    const pledges = await expectStatus<PledgeList>(
      'pledges',
      officer.get('/api/credit/pledges?creditCode=91330212MA2F7W4N38'),
      200,
    );
    expect(pledges.pledges).toEqual([
      expect.objectContaining({ signatory: '王志强', signedOn: '2025-01-10' }),
    ]);
    const evaluations = await expectStatus<CleanEnterprisePage>(
      'evaluations',
      anonymous.get('/api/credit/clean-enterprise-evaluations?year=2025'),
      200,
    );
    expect(evaluations.items).toHaveLength(1);
    expect(evaluations.items[0]).toMatchObject({ creditCode: '91330212MA2F7W4N38', passed: false });
    expect(evaluations.items[0]?.items.filter((i) => !i.passed)).toEqual([
      { item: 'no-wage-arrears', passed: false, basis: '甬鄞人社监〔演示〕106号' },
    ]);
  });

  it('adds nothing when seeded again', async () => {
    expect(await server.app.get(BoardDemoDataSeeder).seed()).toBe(0);
  });
});
