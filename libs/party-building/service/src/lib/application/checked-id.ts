import { DomainRejectionError } from '@qinqing/shared/event-sourcing';

const ID_PATTERN = /^[0-9a-f-]{1,40}$/u;

/** An id from a path (the platform's ids: UUIDv7), or 400 naming the field. */
export const checkedId = (raw: string, field: string): string => {
  if (ID_PATTERN.test(raw)) return raw;
  throw new DomainRejectionError({
    kind: 'validation',
    code: 'invalid-id',
    message: { zh: `${field} 格式不正确`, en: `This is not a valid ${field}` },
    field,
  });
};
