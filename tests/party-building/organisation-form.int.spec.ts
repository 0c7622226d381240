import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const PATH = '/api/party-building/organisation-form';

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly rule?: { readonly rule: string; readonly source: string };
}

/** The public calculator of the branch rules in the one-process app, without a login. */
describe('GET /api/party-building/organisation-form', () => {
  let server: EmbeddedTestServer;
  let anyone: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    anyone = new HttpClient(server.baseUrl);
  });

  afterAll(() => server.close());

  const ask = <Body = Refusal>(query: string) => anyone.get<Body>(`${PATH}?${query}`);

  it.each([
    ['fullMembers=0&probationaryMembers=0', { required: false, form: 'none', mayAlsoForm: [] }],
    ['fullMembers=2&probationaryMembers=1', { required: false, form: 'none', mayAlsoForm: ['joint-branch'] }],
    ['fullMembers=3&probationaryMembers=0', { required: true, form: 'branch', mayAlsoForm: [] }],
    ['fullMembers=7&probationaryMembers=2', { required: true, form: 'branch-committee', mayAlsoForm: [] }],
    [
      'fullMembers=45&probationaryMembers=6',
      { required: true, form: 'branch-committee', mayAlsoForm: ['general-branch'] },
    ],
    [
      'fullMembers=95&probationaryMembers=5',
      { required: true, form: 'branch-committee', mayAlsoForm: ['general-branch', 'primary-committee'] },
    ],
  ])('%s → %j', async (query, expected) => {
    expect(await expectStatus(query, ask(query), 200)).toStrictEqual(expected);
  });

  it('refuses negative, fractional, missing or non-numeric counts with a 400 naming the field in both languages', async () => {
    for (const [query, field] of [
      ['fullMembers=-1&probationaryMembers=0', 'fullMembers'],
      ['fullMembers=1.5&probationaryMembers=0', 'fullMembers'],
      ['probationaryMembers=0', 'fullMembers'],
      ['fullMembers=three&probationaryMembers=0', 'fullMembers'],
      ['fullMembers=3&probationaryMembers=-2', 'probationaryMembers'],
      ['fullMembers=3&probationaryMembers=', 'probationaryMembers'],
      ['fullMembers=3&probationaryMembers=1e2', 'probationaryMembers'],
    ] as const) {
      const answer = await expectStatus<Refusal>(query, ask(query), 400);
      expect(answer.field, query).toBe(field);
      expect(answer.message.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(answer.message.en).toContain('whole number');
      expect(answer.rule?.rule).toBe('member-counts');
    }
  });
});
