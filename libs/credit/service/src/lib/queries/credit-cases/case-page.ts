import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { decodeCursor, encodeCursor } from './case-cursor';
import type { After } from './credit-cases.query';

/** The position `after` names, or a 400 naming the field when it is not a cursor a page gave. */
export const pageAfter = Object.assign(
  (after: string | undefined): After | null => {
    if (after === undefined) return null;
    const decoded = decodeCursor(after);
    if (decoded === null) {
      throw new DomainRejectionError({
        kind: 'validation',
        code: 'invalid-cursor',
        field: 'after',
        message: { zh: 'after 须为上一页给出的游标', en: 'after is the cursor a previous page gave' },
      });
    }
    return { key: decoded[0], id: decoded[1] };
  },
  { encode: encodeCursor },
);
