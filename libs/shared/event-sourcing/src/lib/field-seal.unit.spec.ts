import { describe, expect, it } from 'vitest';
import { FieldSeal, SealedFieldError } from './field-seal';

const SECRET = 'a-shared-secret-of-at-least-32-bytes!!';
const PREVIOUS = 'the-previous-secret-of-32-bytes-or-more';

describe('FieldSeal', () => {
  it('opens what it sealed, and the sealed form shows nothing of the plaintext', () => {
    const seal = FieldSeal.fromSecrets([SECRET]);
    const sealed = seal.seal('liaison.problem-contact', '{"name":"张敏","phone":"13800000001"}');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/u);
    expect(sealed).not.toContain('13800000001');
    expect(seal.open('liaison.problem-contact', sealed)).toBe('{"name":"张敏","phone":"13800000001"}');
    // Random IVs: the same plaintext never seals the same twice.
    expect(seal.seal('liaison.problem-contact', 'x')).not.toBe(seal.seal('liaison.problem-contact', 'x'));
  });

  it('another process with the same secret opens it; one without it, or for another purpose, cannot', () => {
    const sealed = FieldSeal.fromSecrets([SECRET]).seal('liaison.problem-contact', '13800000001');
    expect(FieldSeal.fromSecrets([SECRET]).open('liaison.problem-contact', sealed)).toBe('13800000001');
    expect(() => FieldSeal.fromSecrets([PREVIOUS]).open('liaison.problem-contact', sealed)).toThrow(
      SealedFieldError,
    );
    expect(() => FieldSeal.forOneProcess().open('liaison.problem-contact', sealed)).toThrow(SealedFieldError);
    expect(() => FieldSeal.fromSecrets([SECRET]).open('another-purpose', sealed)).toThrow(SealedFieldError);
  });

  it('during a rotation, what the previous secret sealed still opens', () => {
    const sealed = FieldSeal.fromSecrets([PREVIOUS]).seal('p', 'contact');
    expect(FieldSeal.fromSecrets([SECRET, PREVIOUS]).open('p', sealed)).toBe('contact');
  });

  it('refuses a tampered or malformed value', () => {
    const seal = FieldSeal.fromSecrets([SECRET]);
    const sealed = seal.seal('p', 'contact');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1; // one bit of the ciphertext
    expect(() => seal.open('p', `v1.${raw.toString('base64url')}`)).toThrow(SealedFieldError);
    expect(() => seal.open('p', 'contact')).toThrow(SealedFieldError);
    expect(() => seal.open('p', 'v1.abc')).toThrow(SealedFieldError);
  });
});
