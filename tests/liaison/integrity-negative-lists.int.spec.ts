import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { type Browser, type FieldErrors, logIn } from './support/liaison-actors';

/** Negative lists (负面清单) over HTTP: staff read the catalogue, an administrator adopts a version. */
describe('liaison: negative-list catalogues and their adoption per jurisdiction', () => {
  let server: EmbeddedTestServer;
  let admin: Browser;
  let staff: Browser;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    admin = await logIn(server.baseUrl, 'admin');
    staff = await logIn(server.baseUrl, 'staff.wang');
  });
  afterAll(() => server.close());

  it('shows staff every version with its lists, items and sources', async () => {
    const { versions } = await expectStatus<{
      versions: {
        version: string;
        lists: { listId: string; items: { code: string; source: unknown }[] }[];
      }[];
    }>('catalogue', staff.get('/api/liaison/negative-lists'), 200);
    const lists = versions[0]?.lists ?? [];
    expect(lists.map((l) => l.listId)).toContain('hengkou-investment-promotion-ten');
    expect(lists.find((l) => l.listId === 'jinjiang-officials')?.items).toHaveLength(7);
  });

  it('lets an administrator adopt a version for a jurisdiction, refusing the same adoption twice', async () => {
    const path = '/api/liaison/jurisdictions/610902/negative-lists';
    expect(await expectStatus('none yet', staff.get(path), 200)).toMatchObject({
      current: null,
      history: [],
    });
    const body = { version: '2026.1', listIds: ['hengkou-officials-ten'], reason: '采用本区工作措施' };
    const adopted = await expectStatus('adopt', admin.put(path, body), 200);
    expect(adopted).toMatchObject({ current: { version: '2026.1', listIds: ['hengkou-officials-ten'] } });
    const again = await expectStatus<FieldErrors>('again', admin.put(path, body), 409);
    expect(again.error).toBe('version-already-adopted');
    expect(await expectStatus('read', staff.get(path), 200)).toMatchObject({
      history: [{ version: '2026.1' }],
    });
  });

  it('answers junk with a 400 naming the field, and an unknown version with a 400 from the rule', async () => {
    const bad = await expectStatus<FieldErrors>(
      'bad jurisdiction',
      admin.put('/api/liaison/jurisdictions/Not%20Valid/negative-lists', {
        version: '2026.1',
        listIds: ['x'],
        reason: 'r',
      }),
      400,
    );
    expect(bad.fields?.map((f) => f.field)).toContain('params.jurisdiction');
    // Six digits are not enough: the code must be a province, city or county the division dataset knows.
    const unknownDivision = await expectStatus<FieldErrors>(
      'unknown division',
      admin.put('/api/liaison/jurisdictions/999999/negative-lists', {
        version: '2026.1',
        listIds: ['kunshan-officials'],
        reason: 'r',
      }),
      400,
    );
    expect(unknownDivision).toMatchObject({ error: 'unknown-jurisdiction', field: 'params.jurisdiction' });
    const unknown = await expectStatus<FieldErrors>(
      'unknown version',
      admin.put('/api/liaison/jurisdictions/370200/negative-lists', {
        version: '1999.1',
        listIds: ['hengkou-officials-ten'],
        reason: '试',
      }),
      400,
    );
    expect(unknown.error).toBe('unknown-catalogue-version');
    await expectStatus(
      'junk body',
      admin.put('/api/liaison/jurisdictions/370200/negative-lists', '[1,'),
      400,
    );
  });

  it('lets only an administrator adopt, and only staff read', async () => {
    const body = { version: '2026.1', listIds: ['kunshan-officials'], reason: '试' };
    await expectStatus(
      'staff adopts',
      staff.put('/api/liaison/jurisdictions/320583/negative-lists', body),
      403,
    );
    const anonymous = new (admin.constructor as new (b: string) => Browser)(server.baseUrl);
    await expectStatus('anonymous reads', anonymous.get('/api/liaison/negative-lists'), 401);
  });
});
