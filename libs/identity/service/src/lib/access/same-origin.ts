const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may change state as far as its Origin tells: no Origin (not sent by a browser's
 * cross-site machinery), the API's own host, or a configured trusted origin. `Origin: null` (sandboxed
 * frames, some redirects) is refused: it can be anyone.
 */
export const originAllowed = (
  method: string,
  origin: string | undefined,
  host: string | undefined,
  trustedOrigins: ReadonlySet<string>,
): boolean => {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === 'null') return false;
  if (trustedOrigins.has(parsed.origin)) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
};

/** `https://console.example.gov.cn/` → `https://console.example.gov.cn`; throws on anything not an origin. */
export const normaliseOrigin = (value: string): string => {
  const url = new URL(value);
  if (url.origin === 'null' || (url.pathname !== '/' && url.pathname !== '') || url.search !== '') {
    throw new Error(`Not an origin: ${value}`);
  }
  return url.origin;
};
