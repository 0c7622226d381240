import { ManualClock } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/identity/domain';
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { IdentityTokenSigner, IdentityTokenVerifier } from '../identity-token/identity-token';
import { IDENTITY_TOKEN_HEADER, SignedTokenActorResolver } from './signed-token-actor.resolver';

const secret = 'a-gateway-key-of-at-least-thirty-two-bytes';
const clock = new ManualClock(new Date('2026-03-02T02:00:00.000Z'));
const resolver = new SignedTokenActorResolver(new IdentityTokenVerifier({ secrets: [secret] }, clock));
const signer = new IdentityTokenSigner({ secret, ttlSeconds: 10 }, clock);
const supervisor: Actor = { kind: 'staff', id: 'acc-9', role: 'supervisor', displayName: '陈静' };

const request = (headers: Record<string, string | string[]>): Request => ({ headers }) as unknown as Request;

describe('SignedTokenActorResolver', () => {
  it('resolves the actor of a verified token', async () => {
    const resolution = await resolver.resolve(request({ [IDENTITY_TOKEN_HEADER]: signer.sign(supervisor) }));
    expect(resolution).toEqual({ actor: supervisor, ended: false, session: null });
  });

  it('takes the client address from the token, never from headers the caller could set', async () => {
    const resolution = await resolver.resolve(
      request({ [IDENTITY_TOKEN_HEADER]: signer.sign(null, '198.51.100.4'), 'x-forwarded-for': '10.0.0.1' }),
    );
    expect(resolution).toEqual({ actor: null, ended: false, session: null, clientAddress: '198.51.100.4' });
  });

  it('never trusts an unsigned header', async () => {
    const unsigned = Buffer.from(JSON.stringify({ v: 1, act: supervisor, iat: 0, exp: 9e9 })).toString(
      'base64url',
    );
    expect((await resolver.resolve(request({ [IDENTITY_TOKEN_HEADER]: unsigned }))).actor).toBeNull();
    expect((await resolver.resolve(request({ 'x-user-role': 'administrator' }))).actor).toBeNull();
  });

  it('refuses a duplicated header', async () => {
    const token = signer.sign(supervisor);
    expect((await resolver.resolve(request({ [IDENTITY_TOKEN_HEADER]: [token, token] }))).actor).toBeNull();
  });

  it('reports an expired token as an ended credential', async () => {
    const token = signer.sign(supervisor);
    clock.advanceMs(60_000);
    expect(await resolver.resolve(request({ [IDENTITY_TOKEN_HEADER]: token }))).toEqual({
      actor: null,
      ended: true,
      session: null,
    });
  });
});
