import { request as httpRequest } from 'node:http';

/** fetch() cannot choose its source address; node:http can (`localAddress`), which is all this adds. */
const sendFrom = (
  localAddress: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<Response> =>
  new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: init.method, headers: init.headers, localAddress },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
              headers.append(name, one);
            }
          }
          resolve(new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers }));
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });

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
    /** Another loopback address (127.0.0.2 …) to connect from: a client elsewhere on the network. */
    private readonly localAddress: string | null = null,
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
    const init = {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie === '' ? {} : { cookie }),
        ...(this.origin === null || method === 'GET' ? {} : { origin: this.origin }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    const response =
      this.localAddress === null
        ? await fetch(`${this.base}${path}`, init)
        : await sendFrom(this.localAddress, `${this.base}${path}`, init);
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
