import { describe, expect, it } from 'vitest';
import { reservationStreamId } from './idempotency-reservation';
import { StreamNaming, assertBusinessStreamId } from './stream-naming';

describe('StreamNaming', () => {
  it('maps stream ids to names unchanged without a namespace', () => {
    const naming = new StreamNaming();
    expect(naming.toStreamName('order-1')).toBe('order-1');
    expect(naming.toStreamId('order-1')).toBe('order-1');
  });

  it('prefixes names with the namespace and strips it again', () => {
    const naming = new StreamNaming('test-7f3a-');
    expect(naming.toStreamName('order-1')).toBe('test-7f3a-order-1');
    expect(naming.toStreamId('test-7f3a-order-1')).toBe('order-1');
    expect(naming.toStreamId('other-order-1')).toBeNull();
  });

  it('refuses a namespace that would turn streams into system streams', () => {
    expect(() => new StreamNaming('$ns-')).toThrow(RangeError);
  });

  it('keeps system events, system streams, other namespaces and bookkeeping out of the log', () => {
    const naming = new StreamNaming('ns-');
    expect(naming.isLogEvent('ns-order-1', 'OrderPlaced')).toBe(true);
    expect(naming.isLogEvent('ns-order-1', '$metadata')).toBe(false);
    expect(naming.isLogEvent('ns-$ce-order', 'OrderPlaced')).toBe(false);
    expect(naming.isLogEvent('other-order-1', 'OrderPlaced')).toBe(false);
    expect(naming.isLogEvent(`ns-${reservationStreamId('k')}`, 'IdempotencyKeyReserved')).toBe(false);
    expect(new StreamNaming().isLogEvent('$stats-127.0.0.1:2113', 'Stats')).toBe(false);
  });
});

describe('assertBusinessStreamId', () => {
  it('accepts ordinary ids and refuses empty, system and bookkeeping ids', () => {
    expect(() => assertBusinessStreamId('appeal-0195')).not.toThrow();
    expect(() => assertBusinessStreamId('')).toThrow(RangeError);
    expect(() => assertBusinessStreamId('$all')).toThrow(RangeError);
    expect(() => assertBusinessStreamId(reservationStreamId('k'))).toThrow(/bookkeeping/);
  });
});
