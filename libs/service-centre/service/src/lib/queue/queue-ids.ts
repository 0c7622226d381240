import { QUEUE_ID_PATTERN } from '@qinqing/service-centre/domain';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { randomInt } from 'node:crypto';

/** A service or counter id from a path, or 400 naming the field. */
export const checkedQueueId = (raw: string, field: string): string => {
  if (QUEUE_ID_PATTERN.test(raw)) return raw;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'invalid-id',
    message: { zh: `${field} 格式不正确`, en: `This is not a valid ${field}` },
    field,
  });
};

/** A ticket id from a path (the platform's ids: UUIDv7). */
export const checkedTicketId = (raw: string): string => {
  if (/^[0-9a-f-]{1,40}$/u.test(raw)) return raw;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'invalid-id',
    message: { zh: 'ticketId 格式不正确', en: 'This is not a valid ticketId' },
    field: 'ticketId',
  });
};

/** Letters and digits that cannot be misread on a printed ticket (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TICKET_CODE_LENGTH = 10;

/** The ticket's rating code: 10 characters from a CSPRNG, about 49 bits — not guessable from the number. */
export const newTicketCode = (): string =>
  Array.from({ length: TICKET_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
