import type { INestApplication } from '@nestjs/common';
import { ConfigurationError } from '@qinqing/shared/config';
import { afterEach, describe, expect, it } from 'vitest';
import { identityOptions, loadEmbeddedConfig } from './config/embedded.config';
import { createEmbeddedApp } from './embedded-app';

/** The identity module as the one-process app mounts it; its behaviour is tested in libs/identity/service. */
describe('identity in the embedded app', () => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const start = async (env: Record<string, string>): Promise<string> => {
    app = await createEmbeddedApp(
      loadEmbeddedConfig({ DATA_DIR: 'memory://embedded-identity', LOG_LEVEL: 'silent', ...env }),
    );
    await app.listen(0, '127.0.0.1');
    return app.getUrl();
  };

  const logIn = (base: string) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Demo!2026' }),
    });

  it('seeds the demo accounts when DEMO_DATA is true', async () => {
    const base = await start({ DEMO_DATA: 'true' });
    const login = await logIn(base);
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
    expect(await me.json()).toMatchObject({ actor: { role: 'administrator' }, username: 'admin' });
  });

  it('seeds nothing when DEMO_DATA is false', async () => {
    // Without demo data the default owner must be named (it is not ready until that department exists).
    const base = await start({ DEMO_DATA: 'false', APPEALS_DEFAULT_OWNER_UNIT_ID: 'dept-to-be-registered' });
    expect((await logIn(base)).status).toBe(401);
  });

  it('reads the identity settings from the environment', () => {
    const config = loadEmbeddedConfig({
      COOKIE_SECURE: 'true',
      TRUSTED_ORIGINS: 'http://localhost:5173, https://console.example.gov.cn',
      LOGIN_FREE_FAILURES: '3',
      LOGIN_MAX_DELAY_MINUTES: '30',
      LOGIN_FAILURES_PER_CLIENT: '40',
      KIOSK_SESSION_IDLE_MINUTES: '5',
    });
    expect(identityOptions(config)).toMatchObject({
      cookieSecure: true,
      trustedOrigins: ['http://localhost:5173', 'https://console.example.gov.cn'],
      loginThrottle: { freeFailures: 3, maxDelaySeconds: 30 * 60, failuresPerClientPerHour: 40 },
      staffSession: { idleMinutes: 30, absoluteHours: 12 },
      kiosk: { walkInIdleMinutes: 5, walkInAbsoluteMinutes: 120, deviceSessionDays: 365 },
    });
    expect(identityOptions(loadEmbeddedConfig({}))).toMatchObject({
      cookieSecure: false,
      trustedOrigins: [],
      loginThrottle: {
        freeFailures: 5,
        firstDelaySeconds: 5,
        maxDelaySeconds: 15 * 60,
        failuresPerClientPerHour: 100,
      },
    });
    expect(() => loadEmbeddedConfig({ TRUSTED_ORIGINS: 'localhost:5173' })).toThrow(ConfigurationError);
    expect(() => loadEmbeddedConfig({ LOGIN_FREE_FAILURES: '0' })).toThrow(/LOGIN_FREE_FAILURES/);
  });
});
