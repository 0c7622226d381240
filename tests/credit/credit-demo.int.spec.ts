import type { IntegrityFile } from '@qinqing/credit/contracts';
import { CreditDemoDataSeeder, DEMO_RECORDS } from '@qinqing/credit/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { DEMO_DIRECTORY } from '@qinqing/liaison/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

/** The credit demo data in the one-process app: records of every severity, each in a state of its own. */
describe('credit: demo integrity records', () => {
  let server: EmbeddedTestServer;
  let officer: HttpClient;

  const fileOf = (creditCode: string) =>
    expectStatus<IntegrityFile>(creditCode, officer.get(`/api/credit/records?creditCode=${creditCode}`), 200);

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    officer = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      officer.post('/api/auth/login', { username: 'credit.zhao', password: DEMO_PASSWORD }),
      200,
    );
    await server.app.get(EventSourcingHost).settle();
  });

  afterAll(() => server.close());

  it('files them under enterprises of the directory, by their registered names', () => {
    for (const { documentNumber, facts } of DEMO_RECORDS) {
      const entry = DEMO_DIRECTORY.find((e) => e.creditCode === facts.creditCode);
      expect(entry?.details.name, documentNumber).toBe(facts.enterpriseName);
    }
  });

  it('heads each file with the enterprise as the directory registers it (credit’s replica)', async () => {
    const file = await fileOf('91330212MA2M8C4R3Y');
    expect(file.enterprise).toMatchObject({ name: '宁波鄞州甬城建设工程有限公司' });
    expect((await fileOf('91330203MA2H5K7P7A')).enterprise?.name).toBe('宁波海曙甬创智能制造有限公司');
  });

  it('holds every severity and every disclosure state, and positive records, dated back from today', async () => {
    const codes = [...new Set(DEMO_RECORDS.map((r) => r.facts.creditCode))];
    const records = (await Promise.all(codes.map(fileOf))).flatMap((file) => file.records);
    expect(records).toHaveLength(DEMO_RECORDS.length);
    const seen = new Set(records.map((r) => `${r.severity ?? r.polarity}/${r.disclosureStatus ?? '-'}`));
    expect([...seen].sort()).toEqual([
      'general/expired',
      'general/published',
      'general/repairable',
      'minor/unpublished',
      'positive/-',
      'serious/published',
      'serious/repairable',
    ]);
    expect(records.find((r) => r.kind === 'bribery')).toMatchObject({
      severity: 'serious',
      decidedOn: '2026-08-02',
      disclosureStatus: 'published',
    });
  });

  it('adds nothing when the app starts again on the same store', async () => {
    expect(await server.app.get(CreditDemoDataSeeder).seed()).toBe(0);
  });
});
