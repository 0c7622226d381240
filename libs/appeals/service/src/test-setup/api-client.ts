/** What came back: status, parsed JSON (or `{ text }`), headers. */
export interface ApiAnswer<Body = JsonObject> {
  readonly status: number;
  readonly body: Body;
  readonly headers: Headers;
}

export type JsonObject = Record<string, unknown>;

/** The platform's error shape (docs/architecture.md, "Operations"). */
export interface ErrorBody {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly fields?: readonly { field: string; code: string; message: { zh: string; en: string } }[];
  readonly correlationId?: string;
}

/**
 * A minimal browser for the appeals HTTP tests: keeps the session cookies the server sets (forgets cleared
 * ones) and sends them back. Node's fetch sends no Origin header, which the access guard treats as same-site.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  /** A second browser holding the same cookies (e.g. another walk-in on the same provisioned kiosk). */
  clone(only?: readonly string[]): ApiClient {
    const copy = new ApiClient(this.base);
    for (const [name, value] of this.cookies)
      if (only === undefined || only.includes(name)) copy.cookies.set(name, value);
    return copy;
  }

  get<Body = JsonObject>(path: string, headers: Record<string, string> = {}): Promise<ApiAnswer<Body>> {
    return this.send<Body>('GET', path, undefined, headers);
  }

  post<Body = JsonObject>(
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiAnswer<Body>> {
    return this.send<Body>('POST', path, body, headers);
  }

  put<Body = JsonObject>(
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiAnswer<Body>> {
    return this.send<Body>('PUT', path, body, headers);
  }

  /** `body` as a string is sent as it is (malformed JSON); anything else is serialised. */
  async send<Body = JsonObject>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiAnswer<Body>> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie === '' ? {} : { cookie }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/iu.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') === true && text !== '';
    return {
      status: response.status,
      body: (json ? JSON.parse(text) : { text }) as Body,
      headers: response.headers,
    };
  }
}
