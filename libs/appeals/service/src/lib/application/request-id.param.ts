import { Param } from '@nestjs/common';
import { ZodValidationPipe } from '@qinqing/shared/nest-platform';
import { z } from 'zod';

const requestIdSchema = z.uuid({ message: '诉求编号格式不正确 / The request id is malformed' });

/** The `:requestId` path parameter, validated (400 in both languages), never passed on raw. */
export const RequestIdParam = (): ParameterDecorator =>
  Param('requestId', new ZodValidationPipe(requestIdSchema, 'params'));
