import { ManualClock } from '@qinqing/shared/event-sourcing';
import { describe, expect, it } from 'vitest';
import { IdentityTokenVerifier } from '../identity-token/identity-token';
import {
  WalkInProofSigner,
  walkInProofSecretsOf,
  walkInProofSigningSecretOf,
  WalkInProofVerifier,
} from './walk-in-proof';

const CURRENT = 'the current shared secret of 32+ bytes';
const PREVIOUS = 'the previous shared secret of 32+ bytes';
const claims = {
  creditCode: '91330203MA2H5K7P7A',
  contactPhone: '13805741234',
  deviceId: 'kiosk-haishu-01',
  sessionId: '01960000-0000-7000-8000-0000000000aa',
};

describe('walk-in proofs', () => {
  const clock = new ManualClock(new Date('2026-12-02T10:00:00Z'));
  const verifier = new WalkInProofVerifier([CURRENT, PREVIOUS], clock);

  it('verify when signed with a key the verifier holds, and give back the claims', () => {
    for (const key of [CURRENT, PREVIOUS]) {
      expect(verifier.verify(new WalkInProofSigner(key, clock).sign(claims))).toEqual({ ok: true, claims });
    }
    const stranger = new WalkInProofSigner('a key nobody shares, of 32 bytes!', clock);
    expect(verifier.verify(stranger.sign(claims))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuse a changed payload, junk, and a proof older than two minutes or from the future', () => {
    const proof = new WalkInProofSigner(CURRENT, clock).sign(claims);
    const [payload = '', mac = ''] = proof.split('.');
    const changed = Buffer.from(
      Buffer.from(payload, 'base64url').toString('utf8').replace('13805741234', '13900000000'),
    ).toString('base64url');
    expect(verifier.verify(`${changed}.${mac}`)).toMatchObject({ ok: false, reason: 'bad-signature' });
    for (const junk of ['', '.', 'a.b.c', 'x'.repeat(9_000)]) {
      expect(verifier.verify(junk)).toMatchObject({ ok: false, reason: 'malformed' });
    }
    const later = new ManualClock(new Date(clock.now().getTime() + 126_000));
    expect(new WalkInProofVerifier([CURRENT], later).verify(proof)).toMatchObject({ reason: 'expired' });
    const earlier = new ManualClock(new Date(clock.now().getTime() - 10_000));
    expect(new WalkInProofVerifier([CURRENT], earlier).verify(proof)).toMatchObject({
      reason: 'not-yet-valid',
    });
  });

  it('are never taken for an identity token under the same key (another context string)', () => {
    const proof = new WalkInProofSigner(CURRENT, clock).sign(claims);
    expect(new IdentityTokenVerifier({ secrets: [CURRENT] }, clock).verify(proof)).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('a service signs with the previous secret during a rotation, which every gateway still holds', () => {
    expect(walkInProofSigningSecretOf([CURRENT])).toBe(CURRENT);
    expect(walkInProofSigningSecretOf([CURRENT, PREVIOUS])).toBe(PREVIOUS);
    expect(() => walkInProofSigningSecretOf([])).toThrow();
    expect(walkInProofSecretsOf([CURRENT, PREVIOUS])).toEqual([CURRENT, PREVIOUS]);
    const [random] = walkInProofSecretsOf([]);
    expect(Buffer.from(random, 'base64url')).toHaveLength(32);
  });
});
