import { describe, expect, it } from 'vitest';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './session-token';

describe('session tokens', () => {
  it('carry 256 random bits and differ every time', () => {
    const tokens = new Set(Array.from({ length: 1_000 }, newSessionToken));
    expect(tokens.size).toBe(1_000);
    for (const token of tokens) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(looksLikeSessionToken(token)).toBe(true);
    }
  });

  it('are stored as their SHA-256 hash only', () => {
    const token = newSessionToken();
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/u);
    expect(hashSessionToken(token)).not.toContain(token);
    expect(hashSessionToken(token)).toBe(hashSessionToken(token));
  });

  it('refuses to look up values that were never issued', () => {
    expect(looksLikeSessionToken('')).toBe(false);
    expect(looksLikeSessionToken("' OR 1=1 --")).toBe(false);
    expect(looksLikeSessionToken('a'.repeat(44))).toBe(false);
  });
});
