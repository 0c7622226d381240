import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { expectStatus, type HttpAnswer } from '../../console/http-client';

/** A browser for the liaison HTTP tests: keeps its session cookie, speaks GET/POST/PUT/DELETE. */
export class Browser {
  private readonly cookies = new Map<string, string>();

  /** Credentials to sign in again when a test moves the clock past the session's end. */
  private credentials: { username: string; password: string } | null = null;

  constructor(readonly base: string) {}

  async logIn(username: string, password: string): Promise<void> {
    this.credentials = { username, password };
    await expectStatus(
      `log in ${username}`,
      this.send('POST', '/api/auth/login', { username, password }, false),
      200,
    );
  }

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

  private async send<Body>(
    method: string,
    path: string,
    body?: unknown,
    retry = true,
  ): Promise<HttpAnswer<Body>> {
    const answer = await this.once<Body>(method, path, body);
    if (retry && answer.status === 401 && this.credentials !== null) {
      await this.logIn(this.credentials.username, this.credentials.password);
      return this.once<Body>(method, path, body);
    }
    return answer;
  }

  private async once<Body>(method: string, path: string, body?: unknown): Promise<HttpAnswer<Body>> {
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
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/iu.test(line)) this.cookies.delete(pair.slice(0, index));
      else this.cookies.set(pair.slice(0, index), value);
    }
    const text = await response.text();
    return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as Body };
  }
}

export const logIn = async (base: string, username: string, password = DEMO_PASSWORD): Promise<Browser> => {
  const browser = new Browser(base);
  await browser.logIn(username, password);
  return browser;
};

export interface StaffAccount {
  readonly accountId: string;
  readonly browser: Browser;
}

export const STAFF_PASSWORD = 'Liaison!2026-test';
const PASSWORD = STAFF_PASSWORD;

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
