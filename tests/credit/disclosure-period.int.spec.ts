import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const PATH = '/api/credit/disclosure-period';

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly fields?: readonly { readonly field: string; readonly message: { zh: string; en: string } }[];
}

/** The public calculator of 《信用修复管理办法》's publication periods in the one-process app, without a login. */
describe('GET /api/credit/disclosure-period', () => {
  let server: EmbeddedTestServer;
  let anyone: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    anyone = new HttpClient(server.baseUrl);
  });

  afterAll(() => server.close());

  const ask = <Body = Refusal>(query: string) => anyone.get<Body>(`${PATH}?${query}`);

  it('answers the issue’s example exactly: general, decided 2026-05-10', async () => {
    expect(await expectStatus('general', ask('severity=general&decidedOn=2026-05-10'), 200)).toStrictEqual({
      published: true,
      minimumEnds: '2026-08-10',
      repairableFrom: '2026-08-11',
      publicUntil: '2027-05-10',
    });
  });

  it('answers minor (not published, repairable at once) and serious across a leap day', async () => {
    expect(await expectStatus('minor', ask('severity=minor&decidedOn=2026-05-10'), 200)).toStrictEqual({
      published: false,
      minimumEnds: null,
      repairableFrom: '2026-05-10',
      publicUntil: null,
    });
    expect(await expectStatus('serious', ask('severity=serious&decidedOn=2024-02-29'), 200)).toStrictEqual({
      published: true,
      minimumEnds: '2025-02-28',
      repairableFrom: '2025-03-01',
      publicUntil: '2027-02-28',
    });
  });

  it('refuses a severity that does not exist, naming the field in both languages', async () => {
    for (const query of [
      'severity=grave&decidedOn=2026-05-10',
      'decidedOn=2026-05-10',
      'severity=&decidedOn=2026-05-10',
    ]) {
      const answer = await expectStatus<Refusal>(query, ask(query), 400);
      expect(answer.field).toBe('severity');
      expect(answer.message.zh).toContain('轻微');
      expect(answer.message.en).toContain('minor, general or serious');
    }
  });

  it('refuses a date that does not exist or is not YYYY-MM-DD, naming the field in both languages', async () => {
    for (const decidedOn of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-5-10',
      '10%2F05%2F2026',
      '9999-01-01',
      '',
    ]) {
      const query = `severity=general&decidedOn=${decidedOn}`;
      const answer = await expectStatus<Refusal>(query, ask(query), 400);
      expect(answer.field).toBe('decidedOn');
      expect(answer.message.zh).toMatch(/决定日期/u);
      expect(answer.message.en).toMatch(/Decision date/u);
    }
    const twice = 'severity=general&decidedOn=2026-05-10&decidedOn=2026-05-11';
    const answer = await expectStatus<Refusal>('twice', ask(twice), 400);
    expect(answer.fields?.map((f) => f.field)).toContain('query.decidedOn');
  });
});
