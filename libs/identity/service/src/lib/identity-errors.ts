import { HttpException, HttpStatus } from '@nestjs/common';

/** The same answer for an unknown username and a wrong password, so neither can be told apart. */
export const invalidCredentials = (): HttpException =>
  new HttpException(
    { error: 'invalid-credentials', message: { zh: '用户名或密码错误', en: 'Wrong username or password' } },
    HttpStatus.UNAUTHORIZED,
  );

export const invalidDeviceCredential = (): HttpException =>
  new HttpException(
    {
      error: 'invalid-device-credential',
      message: {
        zh: '设备凭据无效或设备已停用',
        en: 'The device credential is wrong or the device is revoked',
      },
    },
    HttpStatus.UNAUTHORIZED,
  );

export const unitMissing = (field: 'departmentId' | 'centreId'): HttpException =>
  new HttpException(
    {
      error: field === 'departmentId' ? 'unknown-department' : 'unknown-centre',
      message:
        field === 'departmentId'
          ? { zh: '部门不存在', en: 'No such department' }
          : { zh: '亲清家园不存在', en: 'No such 亲清家园 centre' },
      field,
    },
    HttpStatus.BAD_REQUEST,
  );
