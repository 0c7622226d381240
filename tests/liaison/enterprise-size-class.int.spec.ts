import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const PATH = '/api/enterprises/size-class';

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly fields?: readonly { readonly field: string; readonly message: { zh: string; en: string } }[];
}

/** The public size-class calculator (国统字〔2017〕213号) in the one-process app, called without logging in. */
describe('GET /api/enterprises/size-class', () => {
  let server: EmbeddedTestServer;
  let anyone: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    anyone = new HttpClient(server.baseUrl);
  });

  afterAll(() => server.close());

  const ask = <Body = Refusal>(query: string) => anyone.get<Body>(`${PATH}?${query}`);

  it('classes an enterprise without a login: industry (工业) on every bound, medium when one bound misses', async () => {
    expect(await expectStatus('large', ask('industry=C3511&employees=1000&revenue=40000'), 200)).toEqual({
      size: 'large',
      industryGroup: 'industry',
    });
    expect(await expectStatus('medium', ask('industry=C3511&employees=999&revenue=40000'), 200)).toEqual({
      size: 'medium',
      industryGroup: 'industry',
    });
    expect(await expectStatus('software', ask('industry=I6513&employees=12&revenue=49.5'), 200)).toEqual({
      size: 'micro',
      industryGroup: 'software-it',
    });
    expect(await expectStatus('construction', ask('industry=E4710&revenue=6000&assets=5000'), 200)).toEqual({
      size: 'medium',
      industryGroup: 'construction',
    });
  });

  it('names an indicator the group needs and the query lacks, in both languages', async () => {
    const answer = await expectStatus<Refusal>('no revenue', ask('industry=C3511&employees=50'), 400);
    expect(answer).toMatchObject({ error: 'size-indicator-missing', field: 'revenue' });
    expect(answer.message.zh).toContain('营业收入');
    expect(answer.message.en).toContain('revenue');
    const assets = await expectStatus<Refusal>('no assets', ask('industry=L7211&employees=50'), 400);
    expect(assets.field).toBe('assets');
  });

  it('refuses an unknown industry code, and one the rule does not class', async () => {
    for (const code of ['Z99', '99', 'C06', '%E4%B8%AD']) {
      const answer = await expectStatus<Refusal>(code, ask(`industry=${code}&employees=1&revenue=1`), 400);
      expect(answer).toMatchObject({ error: 'unknown-industry-code', field: 'industry' });
    }
    expect(await expectStatus<Refusal>('finance', ask('industry=J6611&employees=1'), 400)).toMatchObject({
      error: 'industry-not-classified',
    });
    const missing = await expectStatus<Refusal>('no industry', ask('employees=1'), 400);
    expect(missing.fields?.map((f) => f.field)).toContain('query.industry');
  });

  it('refuses non-numeric, negative and fractional head counts, naming the field', async () => {
    for (const [query, field] of [
      ['industry=C35&employees=abc&revenue=1', 'query.employees'],
      ['industry=C35&employees=-1&revenue=1', 'query.employees'],
      ['industry=C35&employees=1.5&revenue=1', 'query.employees'],
      ['industry=C35&employees=10&revenue=-3', 'query.revenue'],
      ['industry=C35&employees=10&revenue=1e9', 'query.revenue'],
      ['industry=C35&employees=10&employees=20&revenue=1', 'query.employees'],
    ] as const) {
      const answer = await expectStatus<Refusal>(query, ask(query), 400);
      expect(answer.fields?.map((f) => f.field)).toContain(field);
      expect(answer.fields?.find((f) => f.field === field)?.message.zh).toMatch(/[\u4e00-\u9fff]/u);
    }
  });
});
