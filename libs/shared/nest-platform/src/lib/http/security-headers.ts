import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The hardening headers of every response, by helmet (OWASP Secure Headers): a Content-Security-Policy that
 * allows scripts, styles, fonts and connections from this origin only — no inline script, no eval — and no
 * framing (`frame-ancestors 'none'`, `X-Frame-Options: DENY`); `nosniff`; `Referrer-Policy: no-referrer` (a
 * kiosk's `?receipt=` link must not leak to another site); HSTS for deployments behind TLS. The kiosk and
 * console bundles are built by Vite into external files only, so the strict policy fits them (the browser
 * suites run under it). `img-src data:` is for the receipt's QR code. `upgrade-insecure-requests` is left out:
 * the one-process app is also served over plain http on a machine's own address.
 */
const hardeningWith = (styleSrc: readonly string[]) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: [...styleSrc],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

/** The headers a helmet instance sets and removes, worked out once by running it against a recorder. */
const headersSetBy = (
  middleware: RequestHandler,
): { readonly set: readonly (readonly [string, string])[]; readonly removed: readonly string[] } => {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => set.set(name, value),
    removeHeader: (name: string) => removed.push(name),
  };
  let passed = false;
  void middleware({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error !== undefined) throw error;
    passed = true;
  });
  if (!passed) throw new Error('helmet did not set its headers at once');
  return { set: [...set.entries()], removed };
};

/**
 * Helmet's answer headers as one middleware that sets them: none of the policies above depends on the request (no
 * nonce, no per-request directive), so the headers are computed once instead of by helmet's thirteen middlewares
 * (the CSP string built again) on every request.
 */
const precomputed = (middleware: RequestHandler): ((response: Response) => void) => {
  const { set, removed } = headersSetBy(middleware);
  return (response) => {
    for (const [name, value] of set) response.setHeader(name, value);
    for (const name of removed) response.removeHeader(name);
  };
};

const hardening = precomputed(hardeningWith(["'self'"]));
/**
 * The OpenAPI page (swagger-ui, served by @nestjs/swagger) has two inline <style> blocks; it carries no
 * personal data, so only there inline styles are allowed. Scripts stay external-only everywhere.
 */
const hardeningForDocs = precomputed(hardeningWith(["'self'", "'unsafe-inline'"]));
const DOCS = '/api/docs';

const hardenByPath = (request: Request, response: Response, next: NextFunction): void => {
  (request.path === DOCS || request.path.startsWith(`${DOCS}/`) ? hardeningForDocs : hardening)(response);
  next();
};

/**
 * The API answers with people's data (details, lists, tracking, sessions): no browser or proxy cache may keep
 * it. Set before the handlers, which may still choose otherwise for a public, personal-data-free answer.
 */
const noStoreForApi = (request: Request, response: Response, next: NextFunction): void => {
  if (request.path === '/api' || request.path.startsWith('/api/'))
    response.setHeader('Cache-Control', 'no-store');
  next();
};

export const securityHeaders: readonly RequestHandler[] = [hardenByPath, noStoreForApi];
