import { describe, expect, it } from 'vitest';
import { enterpriseRequestStreamId, requestIdOfStream } from './enterprise-request.stream';

describe('enterprise request stream ids', () => {
  it('appeals-request-<id>, and back', () => {
    expect(enterpriseRequestStreamId('0190f5c2-7d1e-7abc-8def-0123456789ab')).toBe(
      'appeals-request-0190f5c2-7d1e-7abc-8def-0123456789ab',
    );
    expect(requestIdOfStream(enterpriseRequestStreamId('req-1'))).toBe('req-1');
  });

  it('other streams are not requests', () => {
    expect(requestIdOfStream('appeals-policy')).toBeNull();
    expect(requestIdOfStream('appeals-request-')).toBeNull();
    expect(requestIdOfStream('liaison-pairing-1')).toBeNull();
  });

  it('a request id is never empty', () => {
    expect(() => enterpriseRequestStreamId('')).toThrow(RangeError);
  });
});
