import type { INestApplication } from '@nestjs/common';
import { ConfigurationError } from '@qinqing/shared/config';
import type { EventStore } from '@qinqing/shared/event-sourcing';
import { staffAccountStreamId } from '@qinqing/identity/domain';
import { EVENT_STORE } from '@qinqing/shared/nest-platform';
import { createTestDatabase } from '@qinqing/shared/event-store-testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type EmbeddedConfig, loadEmbeddedConfig } from './config/embedded.config';
import { createEmbeddedApp } from './embedded-app';

const databaseUrl = inject('databaseUrl');

const backends: {
  name: string;
  env: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>;
}[] = [
  {
    name: 'PGlite',
    env: async () => ({ env: { DATA_DIR: 'memory://embedded-app' }, drop: async () => undefined }),
  },
];
if (databaseUrl !== null) {
  backends.push({
    name: 'PostgreSQL',
    env: async () => {
      const database = await createTestDatabase(databaseUrl);
      return { env: { EVENT_STORE: 'postgres', DATABASE_URL: database.url }, drop: database.drop };
    },
  });
}

describe('embedded app configuration', () => {
  it('fails at start naming the bad variable', () => {
    expect(() => loadEmbeddedConfig({ PORT: 'abc' })).toThrow(ConfigurationError);
    expect(() => loadEmbeddedConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadEmbeddedConfig({ EVENT_STORE: 'postgres' })).toThrow(
      /DATABASE_URL: required when EVENT_STORE=postgres/,
    );
    expect(() => loadEmbeddedConfig({ EVENT_STORE: 'mysql' })).toThrow(/EVENT_STORE/);
  });
});

// Issue 11 item 10: without demo data, unclaimed requests fell to a unit nobody belongs to.
describe('the default owner (兜底责任单位) is a required setting naming a registered department', () => {
  it('without demo data, start-up refuses when APPEALS_DEFAULT_OWNER_UNIT_ID is not set', () => {
    expect(() => loadEmbeddedConfig({ DEMO_DATA: 'false' })).toThrow(ConfigurationError);
    expect(() => loadEmbeddedConfig({ DEMO_DATA: 'false' })).toThrow(/APPEALS_DEFAULT_OWNER_UNIT_ID/);
    expect(loadEmbeddedConfig({ DEMO_DATA: 'true' }).APPEALS_DEFAULT_OWNER_UNIT_ID).toBeUndefined();
  });

  it('start-up refuses a default owner that is not a registered department, naming the setting', async () => {
    const config = loadEmbeddedConfig({
      DATA_DIR: 'memory://default-owner-unknown',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
      APPEALS_DEFAULT_OWNER_UNIT_ID: 'dept-nobody-belongs-to',
    });
    // Start-up (createEmbeddedApp initialises the app and runs its bootstrap hooks) is refused.
    await expect(createEmbeddedApp(config)).rejects.toThrow(
      /APPEALS_DEFAULT_OWNER_UNIT_ID.*dept-nobody-belongs-to/su,
    );
  });

  it('on a fresh install without any department it starts but is not ready, naming the setting', async () => {
    const app = await createEmbeddedApp(
      loadEmbeddedConfig({
        DATA_DIR: 'memory://default-owner-fresh',
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'false',
        APPEALS_SCHEDULER_INTERVAL_MS: '0',
        APPEALS_DEFAULT_OWNER_UNIT_ID: 'dept-to-be-registered',
      }),
    );
    try {
      await app.listen(0, '127.0.0.1');
      const response = await fetch(`${await app.getUrl()}/readyz`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { checks: Record<string, { ok: boolean; detail?: string }> };
      expect(body.checks['appeals-default-owner']).toMatchObject({ ok: false });
      expect(body.checks['appeals-default-owner']?.detail).toContain('APPEALS_DEFAULT_OWNER_UNIT_ID');
    } finally {
      await app.close();
    }
  });
});

describe.each(backends)('embedded app over $name', ({ env }) => {
  let app: INestApplication;
  let base: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await env();
    drop = backend.drop;
    const config: EmbeddedConfig = loadEmbeddedConfig({
      ...backend.env,
      LOG_LEVEL: 'silent',
      // Demo data gives the app accounts whose events the correlation-id test can look at.
      DEMO_DATA: 'true',
      APPEALS_SCHEDULER_INTERVAL_MS: '0',
    });
    app = await createEmbeddedApp(config);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready once the store answers', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', checks: { 'event-store': { ok: true } } });
  });

  it('echoes a sane correlation id and replaces a hostile one', async () => {
    const kept = await fetch(`${base}/healthz`, { headers: { 'x-correlation-id': 'req-1234567890' } });
    expect(kept.headers.get('x-correlation-id')).toBe('req-1234567890');
    const replaced = await fetch(`${base}/healthz`, { headers: { 'x-correlation-id': '<script>' } });
    expect(replaced.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes Prometheus metrics', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('qinqing_event_store_appends_total');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('times requests by route and the status they were answered with, refusals included', async () => {
    expect((await fetch(`${base}/api/appeals/requests`)).status).toBe(401);
    expect((await fetch(`${base}/api/no-such-route`)).status).toBe(404);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/appeals\/requests",status="401"\} [1-9]/u,
    );
    // By the route's template (the API's catch-all), never the raw path.
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/\{\*path\}",status="404"\} [1-9]/u,
    );
    expect(text).not.toContain('no-such-route');
  });

  it('serves the OpenAPI description', async () => {
    const response = await fetch(`${base}/api/docs/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./) });
  });

  it('answers malformed JSON with a bilingual 400, not a 500', async () => {
    const response = await fetch(`${base}/api/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{bad',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: 'malformed-request',
      message: { zh: expect.any(String), en: expect.any(String) },
      correlationId: expect.any(String),
    });
  });

  it('writes the request correlation id into the metadata of the events it causes', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'corr-embedded-0001' },
      body: JSON.stringify({ username: 'admin', password: 'wrong-password' }),
    });
    expect(login.status).toBe(401);
    const events = await app.get<EventStore>(EVENT_STORE).readStream(staffAccountStreamId('admin'));
    const failed = events.filter((e) => e.metadata.correlationId === 'corr-embedded-0001');
    expect(failed.map((e) => e.type)).toEqual(['StaffLoginFailed']);
  });

  it('sends the hardening headers everywhere, and no-store on every API answer with personal data', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'staff.wang', password: 'Demo!2026' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const answers = [
      login,
      await fetch(`${base}/api/appeals/requests`, { headers: { cookie } }),
      await fetch(`${base}/api/appeals/requests/DEMQA2B3C4D5`, { headers: { cookie } }),
      await fetch(`${base}/api/appeals/track`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ receiptCode: 'DEMQA2B3C4D5', phoneLast4: '0000' }),
      }),
      await fetch(`${base}/api/auth/me`, { headers: { cookie } }),
    ];
    for (const answer of answers) {
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    const landing = await fetch(`${base}/`);
    expect(landing.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await landing.text()).not.toContain('style=');
  });

  it('answers an unknown route with a bilingual 404', async () => {
    const response = await fetch(`${base}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ message: { zh: '未找到', en: 'Not found' } });
  });
});

describe('failed logins per client', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await createEmbeddedApp(
      loadEmbeddedConfig({
        DATA_DIR: 'memory://login-rate-limit',
        LOG_LEVEL: 'silent',
        DEMO_DATA: 'false',
        APPEALS_DEFAULT_OWNER_UNIT_ID: 'dept-to-be-registered',
        LOGIN_FAILURES_PER_CLIENT: '3',
      }),
    );
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterAll(async () => app?.close());

  it('answers 429 with Retry-After and a bilingual message once one client failed with too many usernames', async () => {
    const attempt = (username: string) =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'guess-1234' }),
      });
    for (const username of ['alice', 'bob', 'carol']) expect((await attempt(username)).status).toBe(401);
    const refused = await attempt('dave');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      error: 'login-throttled',
      message: { zh: expect.any(String), en: expect.any(String) },
    });
  });
});
