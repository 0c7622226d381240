import type { IntegrityFile } from '@qinqing/credit/contracts';
import { PublicationScheduler } from '@qinqing/credit/service';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const RECORDS = '/api/credit/records';
const CORRECTIONS = '/api/credit/records/corrections';

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly fields?: readonly { readonly field: string; readonly message: { zh: string; en: string } }[];
}

const penalty = {
  documentNumber: '昆市监罚〔2026〕12号',
  kind: 'administrative-penalty',
  severity: 'general',
  issuingAuthority: '昆山市市场监督管理局',
  decidedOn: '2026-05-10',
  legalBasis: '《中华人民共和国产品质量法》第四十九条',
  evidenceReference: '案卷 2026-0137',
  creditCode: '91330203MA2H5K7P7A',
  enterpriseName: '宁波海曙甬创智能制造有限公司',
};

/** Integrity records (诚信档案) over HTTP in the one-process app: who may record, once per 文书号, corrections. */
describe('credit: integrity records over HTTP', () => {
  let server: EmbeddedTestServer;
  let officer: HttpClient;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  beforeAll(async () => {
    // 2 December 2026, 09:00 in China: the day the periods are read on.
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-12-02T01:00:00.000Z')) });
    officer = await logIn('credit.zhao');
  });

  afterAll(() => server.close());

  it('records a penalty once with its periods: 201, then 409 for the same document number written otherwise', async () => {
    expect(await expectStatus('record', officer.post(RECORDS, penalty), 201)).toEqual({
      documentNumber: '昆市监罚〔2026〕12号',
      polarity: 'negative',
      disclosure: {
        published: true,
        minimumEnds: '2026-08-10',
        repairableFrom: '2026-08-11',
        publicUntil: '2027-05-10',
      },
      corrections: 0,
    });
    const again = await expectStatus<Refusal>(
      'record again',
      officer.post(RECORDS, { ...penalty, documentNumber: ' 昆市监罚〔２０２６〕 12号', severity: 'minor' }),
      409,
    );
    expect(again.error).toBe('record-exists');
    expect(again.message.zh).toContain('诚信档案');
  });

  it('records an honour without a severity and without periods', async () => {
    const { severity: _severity, ...rest } = penalty;
    const honour = {
      ...rest,
      documentNumber: '昆政发〔2026〕3号',
      kind: 'honour',
      issuingAuthority: '昆山市人民政府',
    };
    expect(await expectStatus('honour', officer.post(RECORDS, honour), 201)).toMatchObject({
      polarity: 'positive',
      disclosure: null,
    });
  });

  it('corrects a record by a new event with its reason; the periods follow; nothing to correct is a 400', async () => {
    expect(
      await expectStatus(
        'correct',
        officer.post(CORRECTIONS, {
          documentNumber: '昆市监罚〔2026〕12号',
          changes: { severity: 'serious' },
          reason: '复议决定变更为严重失信',
        }),
        201,
      ),
    ).toMatchObject({ corrections: 1, disclosure: { minimumEnds: '2027-05-10', publicUntil: '2029-05-10' } });
    const same = await expectStatus<Refusal>(
      'same again',
      officer.post(CORRECTIONS, {
        documentNumber: '昆市监罚〔2026〕12号',
        changes: { severity: 'serious' },
        reason: '再次',
      }),
      400,
    );
    expect(same.error).toBe('nothing-to-correct');
    const missing = await expectStatus<Refusal>(
      'no record',
      officer.post(CORRECTIONS, {
        documentNumber: '无此文书号',
        changes: { severity: 'minor' },
        reason: '更正',
      }),
      404,
    );
    expect(missing.error).toBe('record-not-found');
  });

  it('answers bad input with a 400 naming the field in both languages', async () => {
    for (const [change, field] of [
      [{ severity: 'grave' }, 'severity'],
      [{ kind: 'fraud' }, 'kind'],
      [{ decidedOn: '2026-02-30' }, 'decidedOn'],
      [{ creditCode: '91330203MA2H5K7P7Z' }, 'creditCode'],
      [{ issuingAuthority: '  ' }, 'issuingAuthority'],
    ] as const) {
      const answer = await expectStatus<Refusal>(
        field,
        officer.post(RECORDS, { ...penalty, documentNumber: 'X-1', ...change }),
        400,
      );
      const named = answer.fields?.find((f) => f.field === field);
      expect(named?.message.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(named?.message.en).toMatch(/[a-z]/u);
    }
    const noSeverity = await expectStatus<Refusal>(
      'no severity',
      officer.post(RECORDS, { ...penalty, documentNumber: 'X-2', kind: 'bribery', severity: null }),
      400,
    );
    expect(noSeverity).toMatchObject({ error: 'severity-required', field: 'severity' });
    const future = await expectStatus<Refusal>(
      'future',
      officer.post(RECORDS, { ...penalty, documentNumber: 'X-3', decidedOn: '2099-01-01' }),
      400,
    );
    expect(future).toMatchObject({ error: 'decision-in-future', field: 'decidedOn' });
  });

  it('shows the enterprise’s integrity file, newest decision first, each record where it stands today', async () => {
    const path = '/api/credit/records?creditCode=91330203ma2h5k7p7a';
    const file = await eventually(async () => {
      const answer = await expectStatus<IntegrityFile>('file', officer.get(path), 200);
      return answer.records.some((r) => r.corrections === 1) && answer.records.length >= 2
        ? answer
        : undefined;
    });
    expect(file.asOf).toBe('2026-12-02');
    expect(
      file.records.map((r) => [r.documentNumber, r.kind, r.severity, r.disclosureStatus, r.corrections]),
    ).toEqual([
      ['昆市监罚〔2026〕12号', 'administrative-penalty', 'serious', 'published', 1],
      ['昆政发〔2026〕3号', 'honour', null, null, 0],
    ]);
    expect(file.records[0]).toMatchObject({
      evidenceReference: '案卷 2026-0137',
      disclosure: { repairableFrom: '2027-05-11', publicUntil: '2029-05-10' },
      source: 'staff',
    });
    const bad = await expectStatus<Refusal>(
      'bad code',
      officer.get('/api/credit/records?creditCode=123'),
      400,
    );
    expect(bad.fields?.map((f) => f.field)).toContain('query.creditCode');
  });

  it('records the end of publication once the maximum has passed, once (the scheduler)', async () => {
    const scheduler = server.app.get(PublicationScheduler);
    await server.app.get(EventSourcingHost).settle();
    await scheduler.tick(); // the demo data's expired record first
    await server.app.get(EventSourcingHost).settle();
    await expectStatus(
      'an old penalty',
      officer.post(RECORDS, { ...penalty, documentNumber: '昆市监罚〔2024〕3号', decidedOn: '2024-01-10' }),
      201,
    );
    const path = '/api/credit/records?creditCode=91330203MA2H5K7P7A';
    const recordOf = async () =>
      (await expectStatus<IntegrityFile>('file', officer.get(path), 200)).records.find(
        (r) => r.documentNumber === '昆市监罚〔2024〕3号',
      );
    await eventually(async () => ((await recordOf()) === undefined ? undefined : true));
    expect(await scheduler.tick()).toBe(1);
    const ended = await eventually(async () => {
      const entry = await recordOf();
      return entry?.publicationEndedOn === null ? undefined : entry;
    });
    expect(ended).toMatchObject({
      disclosureStatus: 'expired',
      publicationEndedOn: '2026-12-02',
      disclosure: { publicUntil: '2025-01-10' },
    });
    expect(await scheduler.tick()).toBe(0);
    // The penalty still public (general → serious, until 2029) is left alone.
    expect((await expectStatus<IntegrityFile>('file', officer.get(path), 200)).records[0]).toMatchObject({
      documentNumber: '昆市监罚〔2026〕12号',
      publicationEndedOn: null,
    });
  });

  it('lets only the credit officer write: anonymous 401, other staff and kiosks 403; oversight reads the file', async () => {
    const body = { ...penalty, documentNumber: 'Y-1' };
    const file = `${RECORDS}?creditCode=91330203MA2H5K7P7A`;
    await expectStatus('anonymous', new HttpClient(server.baseUrl).post(RECORDS, body), 401);
    await expectStatus('anonymous correction', new HttpClient(server.baseUrl).post(CORRECTIONS, {}), 401);
    await expectStatus('anonymous file', new HttpClient(server.baseUrl).get(file), 401);
    for (const username of ['admin', 'staff.wang', 'supervisor.chen', 'official.zhou', 'inspector.wu']) {
      const staff = await logIn(username);
      await expectStatus(username, staff.post(RECORDS, body), 403);
      await expectStatus(`${username} correction`, staff.post(CORRECTIONS, {}), 403);
      const readsTheFile = username === 'supervisor.chen' || username === 'inspector.wu';
      await expectStatus(`${username} file`, staff.get(file), readsTheFile ? 200 : 403);
    }
  });
});
