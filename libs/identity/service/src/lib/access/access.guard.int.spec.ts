import { Controller, Get, Post } from '@nestjs/common';
import type { Actor } from '@qinqing/identity/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Browser } from '../../test-setup/browser';
import { type IdentityTestApp, startIdentityTestApp, testBackends } from '../../test-setup/identity-test-app';
import { DEMO_PASSWORD } from '../demo-data/identity-demo-data';
import { AccessDeclarationAudit } from './access-declaration.audit';
import { Allow, Public } from './access.decorators';
import { CurrentActor } from './current-actor.decorator';

/** A route whose author forgot to say who may call it. */
@Controller('probe/forgotten')
class ForgottenDeclarationController {
  @Get()
  secrets(): { secret: string } {
    return { secret: 'should never be served' };
  }

  @Post()
  change(): { changed: boolean } {
    return { changed: true };
  }
}

/** Class-level declaration with a method-level override, as another context would write it. */
@Controller('probe/supervision')
@Allow('supervisor')
class SupervisionProbeController {
  @Get()
  overview(@CurrentActor() actor: Actor): { actor: Actor } {
    return { actor };
  }

  @Get('notice')
  @Public()
  notice(): { notice: string } {
    return { notice: 'public' };
  }

  @Get('admin-too')
  @Allow('supervisor', 'administrator')
  both(@CurrentActor() actor: Actor): { kind: string } {
    return { kind: actor.kind };
  }
}

describe.each(testBackends(inject('databaseUrl')))('access guard on $name', (backend) => {
  let t: IdentityTestApp;

  const logIn = async (username: string): Promise<Browser> => {
    const browser = new Browser(t.base);
    expect((await browser.post('/api/auth/login', { username, password: DEMO_PASSWORD })).status).toBe(200);
    return browser;
  };

  beforeAll(async () => {
    t = await startIdentityTestApp(backend, { demoData: true, cookieSecure: true }, [
      ForgottenDeclarationController,
      SupervisionProbeController,
    ]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses a route that declares neither @Allow nor @Public, to everyone, with a bilingual 403', async () => {
    const callers = [new Browser(t.base), await logIn('admin'), await logIn('supervisor.chen')];
    for (const caller of callers) {
      for (const answer of [
        await caller.get('/api/probe/forgotten'),
        await caller.post('/api/probe/forgotten'),
      ]) {
        expect(answer.status).toBe(403);
        expect(answer.body).toMatchObject({
          error: 'access-not-declared',
          message: { zh: expect.any(String), en: expect.any(String) },
        });
        expect(JSON.stringify(answer.body)).not.toContain('should never be served');
      }
    }
  });

  it('lists undeclared routes at start', () => {
    expect(t.app.get(AccessDeclarationAudit).undeclaredRoutes()).toEqual([
      'ForgottenDeclarationController.secrets (/probe/forgotten)',
      'ForgottenDeclarationController.change (/probe/forgotten)',
    ]);
  });

  it('applies a class declaration and lets a method override it', async () => {
    const anonymous = new Browser(t.base);
    expect((await anonymous.get('/api/probe/supervision')).status).toBe(401);
    expect((await anonymous.get('/api/probe/supervision/notice')).status).toBe(200);

    const supervisor = await logIn('supervisor.chen');
    const overview = await supervisor.get('/api/probe/supervision');
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      actor: { kind: 'staff', role: 'supervisor', displayName: '陈静' },
    });

    const handler = await logIn('handler.li');
    const refused = await handler.get('/api/probe/supervision');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: 'role-not-allowed',
      message: {
        zh: '您的角色（职能部门经办人）无权执行此操作',
        en: 'Your role (department handler) may not do this',
      },
    });

    const admin = await logIn('admin');
    expect((await admin.get('/api/probe/supervision')).status).toBe(403);
    expect((await admin.get('/api/probe/supervision/admin-too')).status).toBe(200);
  });

  it('leaves platform health and metrics reachable without credentials', async () => {
    const anonymous = new Browser(t.base);
    expect((await anonymous.get('/healthz')).status).toBe(200);
    expect((await anonymous.get('/readyz')).status).toBe(200);
    expect((await anonymous.get('/metrics')).status).toBe(200);
  });

  it('still answers unknown routes with 404, not 403', async () => {
    expect((await new Browser(t.base).get('/api/no-such-route')).status).toBe(404);
  });

  it('marks cookies Secure when configured', async () => {
    const answer = await new Browser(t.base).post('/api/auth/login', {
      username: 'admin',
      password: DEMO_PASSWORD,
    });
    expect(answer.setCookies[0]).toMatch(/; Secure/u);
    expect(answer.setCookies[0]).toContain('HttpOnly');
    expect(answer.setCookies[0]).toContain('SameSite=Strict');
  });
});
