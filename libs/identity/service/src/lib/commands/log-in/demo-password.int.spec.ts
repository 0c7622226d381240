import type { EventStore } from '@qinqing/shared/event-sourcing';
import { EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Browser } from '../../../test-setup/browser';
import {
  type IdentityTestApp,
  startIdentityTestApp,
  testBackends,
} from '../../../test-setup/identity-test-app';
import { PasswordHasher } from '../../credentials/password-hasher';
import { DEMO_PASSWORD } from '../../demo-data/identity-demo-data';
import { IdentityDemoDataSeeder } from '../../demo-data/identity-demo-data.seeder';
import { RegisterKioskDeviceHandler } from '../register-kiosk-device/register-kiosk-device.handler';
import { CreateOrganisationUnitHandler } from '../create-organisation-unit/create-organisation-unit.handler';
import { CreateStaffAccountHandler } from '../create-staff-account/create-staff-account.handler';

/**
 * A platform first run with demo data, then started with DEMO_DATA off (a real deployment): the demo
 * accounts' published password no longer opens a session until the person chooses a new one at login.
 */
describe.each(testBackends(inject('databaseUrl')))(
  'demo passwords with DEMO_DATA off on $name',
  (backend) => {
    let t: IdentityTestApp;

    beforeAll(async () => {
      t = await startIdentityTestApp(backend, { demoData: false });
      // What an earlier start with DEMO_DATA on left behind.
      await new IdentityDemoDataSeeder(
        t.app.get<EventStore>(EVENT_STORE),
        t.app.get(CreateOrganisationUnitHandler),
        t.app.get(CreateStaffAccountHandler),
        t.app.get(RegisterKioskDeviceHandler),
        t.app.get(PasswordHasher),
        t.app.get(EventSourcingHost),
      ).seed();
    });
    afterAll(async () => {
      await t?.close();
    });

    const logIn = (body: Record<string, string>) => new Browser(t.base).post('/api/auth/login', body);

    it('refuses a session on the demo password and asks for a new one, naming the field', async () => {
      const answer = await logIn({ username: 'handler.li', password: DEMO_PASSWORD });
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({
        error: 'password-change-required',
        field: 'newPassword',
        message: { zh: expect.stringContaining('演示密码'), en: expect.stringContaining('demo password') },
      });
      expect(answer.setCookies).toEqual([]);
      // A wrong password is still just wrong: the rule tells nothing to someone guessing.
      expect(
        (await logIn({ username: 'handler.li', password: 'not-it', newPassword: 'Mine-2026!' })).status,
      ).toBe(401);
    });

    it('signs in when the new password is chosen at login; from then on only the new one works', async () => {
      const same = await logIn({
        username: 'handler.li',
        password: DEMO_PASSWORD,
        newPassword: DEMO_PASSWORD,
      });
      expect(same.status).toBe(400);
      expect(same.body).toMatchObject({ error: 'same-password', field: 'newPassword' });
      const short = await logIn({ username: 'handler.li', password: DEMO_PASSWORD, newPassword: 'short' });
      expect(short.status).toBe(400);

      const changed = await logIn({
        username: 'handler.li',
        password: DEMO_PASSWORD,
        newPassword: 'Li-own-pass-2026',
      });
      expect(changed.status).toBe(200);
      expect(changed.setCookies.join(';')).toContain('qq_staff_session=');
      expect((await logIn({ username: 'handler.li', password: 'Li-own-pass-2026' })).status).toBe(200);
      expect((await logIn({ username: 'handler.li', password: DEMO_PASSWORD })).status).toBe(401);
    });
  },
);
