import { describe, expect, it } from 'vitest';
import { isUntracedRoute } from './logging.module';

describe('untraced routes (never request-logged, never forwarded with an address)', () => {
  it('covers the anonymous report, its follow-ups, the units list and the public page, with or without a query', () => {
    for (const url of [
      '/api/service-centre/misconduct-reports/anonymous',
      '/api/service-centre/misconduct-reports/follow-up',
      '/api/service-centre/misconduct-reports/follow-up/information',
      '/api/service-centre/misconduct-reports/units?x=1',
      '/report/',
      '/report/assets/index.js',
      // The router ignores case and decodes the path: so does the check.
      '/api/service-centre/misconduct-reports/Anonymous',
      '/api/Service-Centre/misconduct-reports/anonymous',
      '/api/service-centre//misconduct-reports/anonymous',
      '/api/service-centre/misconduct-reports/%61nonymous',
    ])
      expect({ url, untraced: isUntracedRoute(url) }).toEqual({ url, untraced: true });
  });

  it('leaves everything else traced: the desk, a real-name report, look-alike paths', () => {
    for (const url of [
      '/api/service-centre/misconduct-reports/desk/reports',
      '/api/service-centre/misconduct-reports/real-name',
      '/api/service-centre/misconduct-reports/anonymous-ish',
      '/reports',
      '/api/auth/login',
      undefined,
    ])
      expect({ url, untraced: isUntracedRoute(url) }).toEqual({ url, untraced: false });
  });
});
