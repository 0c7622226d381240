import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const PATH = '/api/credit/records';

/**
 * The credit context in the one-process app: its module is mounted, its slice answers through the
 * platform's guard, validation and error shape. (A library test cannot start the app that mounts the library:
 * the lint refuses that cycle, so the HTTP test lives here.)
 */
describe('credit: opening a record over HTTP', () => {
  let server: EmbeddedTestServer;
  let admin: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    admin = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      admin.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }),
      200,
    );
  });

  afterAll(() => server.close());

  it('opens it once: 201, then 409 for the same id', async () => {
    const body = { recordId: 'first-record', title: ' 第一条 ' };
    expect(await expectStatus('open', admin.post(PATH, body), 201)).toEqual({ recordId: 'first-record' });
    const again = await expectStatus<{ error: string }>('open again', admin.post(PATH, body), 409);
    expect(again.error).toBe('record-exists');
  });

  it('answers bad input with a 400 naming the field in both languages', async () => {
    const answer = await expectStatus<{ fields: { field: string; message: { zh: string; en: string } }[] }>(
      'blank title',
      admin.post(PATH, { recordId: 'second-record', title: '   ' }),
      400,
    );
    expect(answer.fields.map((f) => f.field)).toContain('title');
  });

  it('lets in only the roles it allows', async () => {
    const anonymous = new HttpClient(server.baseUrl);
    await expectStatus('anonymous', anonymous.post(PATH, { recordId: 'third-record', title: '三' }), 401);
    const staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'staff.wang', password: DEMO_PASSWORD }),
      200,
    );
    await expectStatus('service staff', staff.post(PATH, { recordId: 'third-record', title: '三' }), 403);
  });
});
