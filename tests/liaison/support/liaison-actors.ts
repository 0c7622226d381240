import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { expectStatus, type HttpAnswer } from '../../console/http-client';

/** A browser for the liaison HTTP tests: keeps its session cookie, speaks GET/POST/PUT/DELETE. */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  get<Body>(path: string): Promise<HttpAnswer<Body>> {
    return this.send<Body>('GET', path);
  }
  post<Body>(path: string, body?: unknown): Promise<HttpAnswer<Body>> {
    return this.send<Body>('POST', path, body);
  }
  put<Body>(path: string, body?: unknown): Promise<HttpAnswer<Body>> {
    return this.send<Body>('PUT', path, body);
  }
  delete<Body>(path: string): Promise<HttpAnswer<Body>> {
    return this.send<Body>('DELETE', path);
  }

  private async send<Body>(method: string, path: string, body?: unknown): Promise<HttpAnswer<Body>> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie === '' ? {} : { cookie }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const text = await response.text();
    return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as Body };
  }
}

export const logIn = async (base: string, username: string, password = DEMO_PASSWORD): Promise<Browser> => {
  const browser = new Browser(base);
  await expectStatus(`log in ${username}`, browser.post('/api/auth/login', { username, password }), 200);
  return browser;
};

export interface StaffAccount {
  readonly accountId: string;
  readonly browser: Browser;
}

const PASSWORD = 'Liaison!2026-test';

/** Creates a staff account through identity's admin API and logs it in. */
export const createStaff = async (
  admin: Browser,
  username: string,
  role: 'leading-official' | 'discipline-inspector' | 'supervisor',
  displayName: string,
): Promise<StaffAccount> => {
  const created = await expectStatus<{ accountId: string }>(
    `create ${username}`,
    admin.post('/api/admin/staff-accounts', { username, displayName, role, password: PASSWORD }),
    201,
  );
  return { accountId: created.accountId, browser: await logIn(admin.base, username, PASSWORD) };
};

export interface FieldErrors {
  readonly error: string;
  readonly fields?: readonly { readonly field: string; readonly message: { zh: string; en: string } }[];
  readonly message?: { zh: string; en: string };
}
