import { describe, expect, it } from 'vitest';
import { UpstreamPool } from './upstream-pool';

const A = 'http://127.0.0.1:3101';
const B = 'http://127.0.0.1:3201';
const C = 'http://127.0.0.1:3301';

describe('UpstreamPool', () => {
  it('sends each request to the next replica in turn', () => {
    const pool = new UpstreamPool([A, B, C]);
    expect([1, 2, 3, 4].map(() => pool.order()[0])).toEqual([A, B, C, A]);
  });

  it('tries a replica that could not be reached last while it rests, and in turn again afterwards', () => {
    let now = 0;
    const pool = new UpstreamPool([A, B], () => now, 2_000);
    pool.unreachable(A);

    expect([pool.order(), pool.order()]).toEqual([
      [B, A],
      [B, A],
    ]);
    now = 2_001;
    expect([pool.order()[0], pool.order()[0]]).toEqual([A, B]);
  });

  it('puts a replica back in turn as soon as it answers', () => {
    const pool = new UpstreamPool([A, B], () => 0, 2_000);
    pool.unreachable(B);
    pool.answered(B);
    expect([pool.order()[0], pool.order()[0]]).toEqual([A, B]);
  });

  it('with one URL (compose reaches the replicas by one name) always answers that URL', () => {
    const pool = new UpstreamPool([A]);
    pool.unreachable(A);
    expect(pool.order()).toEqual([A]);
  });
});
