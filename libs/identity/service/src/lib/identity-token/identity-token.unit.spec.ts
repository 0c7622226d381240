import { ManualClock } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/identity/domain';
import { describe, expect, it } from 'vitest';
import { IdentityTokenSigner, IdentityTokenVerifier } from './identity-token';

const secret = 'k'.repeat(32) + '-gateway-and-services-share-this';
const otherSecret = 'o'.repeat(32) + '-a-different-deployment-entirely';
const staff: Actor = {
  kind: 'staff',
  id: '0190a000-0000-7000-8000-000000000001',
  role: 'department-handler',
  displayName: '李强',
  departmentId: 'dept-market-regulation',
};

const setup = (ttlSeconds = 30) => {
  const clock = new ManualClock(new Date('2026-03-02T02:00:00.000Z'));
  return {
    clock,
    signer: new IdentityTokenSigner({ secret, ttlSeconds }, clock),
    verifier: new IdentityTokenVerifier({ secrets: [secret] }, clock),
  };
};

const flipCharacter = (text: string, index: number): string =>
  text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

describe('identity tokens', () => {
  it('carry the actor from gateway to service', () => {
    const { signer, verifier } = setup();
    const verified = verifier.verify(signer.sign(staff));
    expect(verified).toEqual({
      ok: true,
      actor: staff,
      clientAddress: null,
      expiresAt: new Date('2026-03-02T02:00:30.000Z'),
    });
  });

  it("vouch for the caller's address, an anonymous caller's too (the services' rate limits count it)", () => {
    const { signer, verifier } = setup();
    expect(verifier.verify(signer.sign(null, '203.0.113.7'))).toMatchObject({
      ok: true,
      actor: null,
      clientAddress: '203.0.113.7',
    });
    expect(verifier.verify(signer.sign(staff, '::ffff:10.1.2.3'))).toMatchObject({
      actor: staff,
      clientAddress: '::ffff:10.1.2.3',
    });
  });

  it('carry every kind of actor', () => {
    const { signer, verifier } = setup();
    const actors: Actor[] = [
      staff,
      { kind: 'kiosk-device', deviceId: 'kiosk-haishu-01', centreId: 'centre-haishu' },
      {
        kind: 'kiosk-enterprise',
        sessionId: 's-1',
        deviceId: 'kiosk-haishu-01',
        centreId: 'centre-haishu',
        enterprise: { creditCode: '91350100M000100Y43', contactPhone: '13812345678' },
      },
      {
        kind: 'kiosk-enterprise',
        sessionId: 's-2',
        deviceId: 'kiosk-haishu-01',
        centreId: 'centre-haishu',
        enterprise: null,
      },
      { kind: 'system', id: 'deadline-scheduler' },
    ];
    for (const actor of actors)
      expect(verifier.verify(signer.sign(actor))).toMatchObject({ ok: true, actor });
  });

  it('refuse a token whose payload was changed (a role raised to administrator)', () => {
    const { signer, verifier } = setup();
    const [, signature] = signer.sign(staff).split('.');
    const forged = Buffer.from(
      JSON.stringify({ v: 1, act: { ...staff, role: 'administrator' }, iat: 1772416800, exp: 1772416830 }),
    ).toString('base64url');
    expect(verifier.verify(`${forged}.${signature}`)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuse any single flipped character', () => {
    const { signer, verifier } = setup();
    const token = signer.sign(staff);
    for (let index = 0; index < token.length; index++) {
      if (token[index] === '.') continue;
      expect(verifier.verify(flipCharacter(token, index)).ok).toBe(false);
    }
  });

  it('refuse a token signed with another key', () => {
    const { clock, verifier } = setup();
    const foreign = new IdentityTokenSigner({ secret: otherSecret }, clock).sign(staff);
    expect(verifier.verify(foreign)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuse an unsigned header and other malformed input', () => {
    const { verifier } = setup();
    const unsigned = Buffer.from(JSON.stringify({ v: 1, act: staff, iat: 0, exp: 9e9 })).toString(
      'base64url',
    );
    expect(verifier.verify(unsigned)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifier.verify(`${unsigned}.`)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifier.verify('')).toEqual({ ok: false, reason: 'malformed' });
    expect(verifier.verify('a.b.c')).toEqual({ ok: false, reason: 'malformed' });
    expect(verifier.verify(JSON.stringify(staff))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuse a correctly signed payload that is not an actor', () => {
    const { clock, verifier } = setup();
    const signer = new IdentityTokenSigner({ secret }, clock);
    const token = signer.sign({
      kind: 'staff',
      id: 'x',
      role: 'superuser',
      displayName: 'x',
    } as unknown as Actor);
    expect(verifier.verify(token)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('expire after their lifetime, with a few seconds of leeway for clock drift', () => {
    const { clock, signer, verifier } = setup(30);
    const token = signer.sign(staff);
    clock.advanceMs(34_000);
    expect(verifier.verify(token).ok).toBe(true);
    clock.advanceMs(1_000);
    expect(verifier.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse a token issued in the future beyond the leeway', () => {
    const { clock, verifier } = setup();
    const future = new ManualClock(new Date(clock.now().getTime() + 60_000));
    const token = new IdentityTokenSigner({ secret }, future).sign(staff);
    expect(verifier.verify(token)).toEqual({ ok: false, reason: 'not-yet-valid' });
  });

  it('accept the previous key during a rotation', () => {
    const { clock } = setup();
    const oldToken = new IdentityTokenSigner({ secret: otherSecret }, clock).sign(staff);
    const rotating = new IdentityTokenVerifier({ secrets: [secret, otherSecret] }, clock);
    expect(rotating.verify(oldToken).ok).toBe(true);
  });

  it('refuse keys too short to be secret and lifetimes too long to be safe', () => {
    const clock = new ManualClock(new Date());
    expect(() => new IdentityTokenSigner({ secret: 'short' }, clock)).toThrow(/32 bytes/);
    expect(() => new IdentityTokenVerifier({ secrets: ['short'] }, clock)).toThrow(/32 bytes/);
    expect(() => new IdentityTokenVerifier({ secrets: [] }, clock)).toThrow(/at least one key/);
    expect(() => new IdentityTokenSigner({ secret, ttlSeconds: 3600 }, clock)).toThrow(/300 seconds/);
  });
});
