/** What came back, with the JSON body parsed when there was one. */
export interface Answer {
  readonly status: number;
  /** Parsed JSON, or `{ text }` for anything else. */
  readonly body: Record<string, unknown> & { message?: { zh: string; en: string } };
  readonly headers: Headers;
  /** Raw Set-Cookie lines, to check the flags. */
  readonly setCookies: readonly string[];
}

/**
 * A minimal browser for HTTP tests: keeps cookies the server sets (and forgets cleared ones), sends
 * them back, and says which origin its requests come from.
 */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly base: string,
    private readonly origin: string | null = base,
  ) {}

  get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('GET', path, undefined, headers);
  }

  post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('POST', path, body, headers);
  }

  put(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('PUT', path, body, headers);
  }

  delete(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('DELETE', path, undefined, headers);
  }

  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie === '' ? {} : { cookie }),
        ...(this.origin === null || method === 'GET' ? {} : { origin: this.origin }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/iu.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return {
      status: response.status,
      body: response.headers.get('content-type')?.includes('json')
        ? (JSON.parse(text) as Answer['body'])
        : { text },
      headers: response.headers,
      setCookies,
    };
  }
}
