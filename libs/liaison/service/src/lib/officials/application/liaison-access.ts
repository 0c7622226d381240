import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Actor } from '@qinqing/identity/access';

/** The staff account id of the caller (every endpoint here is for staff). */
export const staffIdOf = (actor: Actor): string => {
  if (actor.kind !== 'staff') {
    throw new ForbiddenException({
      error: 'staff-only',
      message: { zh: '仅限工作人员操作', en: 'Only staff may do this' },
    });
  }
  return actor.id;
};

export const isOfficial = (actor: Actor): boolean =>
  actor.kind === 'staff' && actor.role === 'leading-official';

export const notAnOfficial = () =>
  new ForbiddenException({
    error: 'not-a-registered-official',
    message: {
      zh: '您的账号尚未登记为联系企业的领导干部，请联系管理员',
      en: 'Your account is not registered as a liaison official; ask an administrator',
    },
  });

export const notFound = (what: { zh: string; en: string }) =>
  new NotFoundException({
    error: 'not-found',
    message: { zh: `没有该${what.zh}`, en: `No such ${what.en}` },
  });

/** A unit id the organisation-unit catalogue does not know: 400 naming the field. */
export const unknownUnit = (field: string, unitId: string) =>
  new BadRequestException({
    error: 'unknown-unit',
    message: { zh: `没有编号为 ${unitId} 的单位`, en: `No unit has the id ${unitId}` },
    field,
    fields: [{ field, message: { zh: `没有编号为 ${unitId} 的单位`, en: `No unit has the id ${unitId}` } }],
  });

export const unitRequired = () =>
  new BadRequestException({
    error: 'unit-required',
    message: { zh: '请指定单位（unitId）', en: 'Name the unit (unitId)' },
    field: 'unitId',
    fields: [{ field: 'unitId', message: { zh: '请指定单位', en: 'unitId is required' } }],
  });

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u;

/** A path or query id: 400 naming it when malformed, so junk never reaches SQL or a stream name. */
export const checkedId = (value: string, field: string): string => {
  if (!ID.test(value)) {
    const message = { zh: `${field} 格式不正确`, en: `${field} is malformed` };
    throw new BadRequestException({ error: 'invalid-id', message, field, fields: [{ field, message }] });
  }
  return value;
};
