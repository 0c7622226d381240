import { describe, expect, it } from 'vitest';
import { normaliseOrigin, originAllowed } from './same-origin';

const none = new Set<string>();

describe('originAllowed', () => {
  it('lets safe methods through whatever their origin', () => {
    expect(originAllowed('GET', 'https://evil.example', 'qinqing.example', none)).toBe(true);
    expect(originAllowed('HEAD', 'null', 'qinqing.example', none)).toBe(true);
  });

  it('lets a state-changing request without Origin through (not a cross-site browser request)', () => {
    expect(originAllowed('POST', undefined, 'qinqing.example', none)).toBe(true);
  });

  it('accepts the same origin, port included', () => {
    expect(originAllowed('POST', 'http://127.0.0.1:3000', '127.0.0.1:3000', none)).toBe(true);
    expect(originAllowed('DELETE', 'https://QinQing.example', 'qinqing.example', none)).toBe(true);
  });

  it('refuses another origin, another port and the null origin', () => {
    expect(originAllowed('POST', 'https://evil.example', 'qinqing.example', none)).toBe(false);
    expect(originAllowed('POST', 'http://127.0.0.1:5173', '127.0.0.1:3000', none)).toBe(false);
    expect(originAllowed('PUT', 'null', 'qinqing.example', none)).toBe(false);
    expect(originAllowed('PATCH', 'not a url', 'qinqing.example', none)).toBe(false);
    expect(originAllowed('POST', 'https://qinqing.example.evil.example', 'qinqing.example', none)).toBe(
      false,
    );
  });

  it('accepts configured trusted origins', () => {
    const trusted = new Set([normaliseOrigin('http://localhost:5173/')]);
    expect(originAllowed('POST', 'http://localhost:5173', '127.0.0.1:3000', trusted)).toBe(true);
    expect(originAllowed('POST', 'http://localhost:5174', '127.0.0.1:3000', trusted)).toBe(false);
  });

  it('normalises configured origins and refuses what is not one', () => {
    expect(normaliseOrigin('HTTPS://Console.Example.gov.cn')).toBe('https://console.example.gov.cn');
    expect(() => normaliseOrigin('https://console.example/path')).toThrow(/Not an origin/);
    expect(() => normaliseOrigin('console.example')).toThrow();
  });
});
