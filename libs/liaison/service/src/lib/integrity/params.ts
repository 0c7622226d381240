import { Param } from '@nestjs/common';
import { jurisdictionSchema } from '@qinqing/liaison/contracts';
import { ZodValidationPipe } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

/** Path parameters, validated as one object so a 400 names the parameter (never passed on raw). */
export const PathParams = <Shape extends z.ZodRawShape>(shape: Shape): ParameterDecorator =>
  Param(new ZodValidationPipe(z.object(shape), 'params'));

export const jurisdictionParam = { jurisdiction: jurisdictionSchema };
export const uuidParam = (name: string, zh: string, en: string) => ({
  [name]: z.uuid({ message: `${zh}格式不正确 / The ${en} is malformed` }),
});
/** Staff account ids are UUIDs (identity's DEMO_STAFF_ACCOUNTS, created accounts). */
export const accountIdParam = uuidParam('accountId', '账号编号', 'account id');

/** Every staff role may read the catalogues; kiosk roles may not. */
export const ALL_STAFF = [
  'service-staff',
  'department-handler',
  'supervisor',
  'administrator',
  'leading-official',
  'discipline-inspector',
] as const;
