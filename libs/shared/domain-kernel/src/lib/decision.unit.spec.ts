import { describe, expect, it } from 'vitest';
import { accept, reject } from './decision';
import { domainError } from './domain-error';

describe('decision', () => {
  it('accepts with the events in order', () => {
    expect(accept({ type: 'A', data: 1 }, { type: 'B', data: 2 })).toEqual({
      outcome: 'accepted',
      events: [
        { type: 'A', data: 1 },
        { type: 'B', data: 2 },
      ],
    });
  });

  it('rejects with a typed error that names the field', () => {
    const error = domainError('validation', 'too-long', { zh: '太长', en: 'Too long' }, 'description');
    expect(reject(error)).toEqual({ outcome: 'rejected', error });
  });
});
