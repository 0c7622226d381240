/** What came back: status and the body, parsed when it is JSON. */
export interface HttpAnswer<Body> {
  readonly status: number;
  readonly body: Body;
}

/**
 * A minimal browser for HTTP tests: keeps the cookies the server sets and sends them back. Node's fetch sends
 * no Origin header, which the access guard treats as same-site.
 */
export class HttpClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  /** Another browser holding some of this one's cookies (a walk-in on a provisioned kiosk). */
  clone(only: readonly string[]): HttpClient {
    const copy = new HttpClient(this.base);
    for (const [name, value] of this.cookies) if (only.includes(name)) copy.cookies.set(name, value);
    return copy;
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

  patch<Body>(path: string, body?: unknown): Promise<HttpAnswer<Body>> {
    return this.send<Body>('PATCH', path, body);
  }

  /** A POST whose body is sent as it is (a CSV or XLSX file), with its content type. */
  postRaw<Body>(path: string, body: Uint8Array | string, contentType: string): Promise<HttpAnswer<Body>> {
    return this.send<Body>('POST', path, undefined, { body, contentType });
  }

  private async send<Body>(
    method: string,
    path: string,
    body?: unknown,
    raw?: { readonly body: Uint8Array | string; readonly contentType: string },
  ): Promise<HttpAnswer<Body>> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const request = () =>
      fetch(`${this.base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(raw === undefined ? {} : { 'content-type': raw.contentType }),
          ...(cookie === '' ? {} : { cookie }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(raw === undefined ? {} : { body: typeof raw.body === 'string' ? raw.body : raw.body.slice() }),
      });
    const response = await request().catch((error: unknown) => {
      // A kept-alive connection the server closed for idleness just as this request reused it (the test held
      // the event loop past the server's keep-alive timeout): the request never reached the server, so it is
      // sent once more on a new connection. Any other failure stands.
      if (!isStaleConnection(error)) throw error;
      return request();
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/iu.test(line)) this.cookies.delete(pair.slice(0, index));
      else this.cookies.set(pair.slice(0, index), value);
    }
    const text = await response.text();
    // JSON is parsed; anything else (a CSV export) is the text itself.
    const json = response.headers.get('content-type')?.includes('json') ?? true;
    return { status: response.status, body: (text === '' ? {} : json ? JSON.parse(text) : text) as Body };
  }
}

const isStaleConnection = (error: unknown): boolean => {
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  return cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET';
};

/** Runs a call and insists on the status, showing the body when it differs. */
export const expectStatus = async <Body>(
  what: string,
  call: Promise<HttpAnswer<Body>>,
  status: number,
): Promise<Body> => {
  const answer = await call;
  if (answer.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
};
