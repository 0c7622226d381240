import { ForbiddenException } from '@nestjs/common';
import type { RequestActor } from '@qinqing/appeals/domain';

const wrongActor = () =>
  new ForbiddenException({
    error: 'wrong-actor',
    message: { zh: '您的身份不能执行此操作', en: 'Your role cannot do this' },
  });

export const asUnitStaff = (by: RequestActor): Extract<RequestActor, { kind: 'unit-staff' }> => {
  if (by.kind !== 'unit-staff') throw wrongActor();
  return by;
};

export const asSupervisor = (by: RequestActor): Extract<RequestActor, { kind: 'supervisor' }> => {
  if (by.kind !== 'supervisor') throw wrongActor();
  return by;
};

export const asEnterprise = (by: RequestActor): Extract<RequestActor, { kind: 'enterprise' }> => {
  if (by.kind !== 'enterprise') throw wrongActor();
  return by;
};
