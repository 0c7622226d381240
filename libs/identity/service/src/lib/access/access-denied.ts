import { HttpException, HttpStatus } from '@nestjs/common';
import { type ActorRole, ROLE_LABELS, isRole } from '@qinqing/identity/domain';

const refusal = (status: number, error: string, zh: string, en: string): HttpException =>
  new HttpException({ error, message: { zh, en } }, status);

export const authenticationRequired = (): HttpException =>
  refusal(HttpStatus.UNAUTHORIZED, 'authentication-required', '请先登录', 'Sign in first');

export const sessionEnded = (): HttpException =>
  refusal(
    HttpStatus.UNAUTHORIZED,
    'session-ended',
    '会话已结束（超时、注销或被停用），请重新登录',
    'Your session has ended (timed out, signed out or revoked); sign in again',
  );

export const roleNotAllowed = (role: ActorRole): HttpException => {
  const label = isRole(role) ? ROLE_LABELS[role] : { zh: '系统', en: 'system' };
  return refusal(
    HttpStatus.FORBIDDEN,
    'role-not-allowed',
    `您的角色（${label.zh}）无权执行此操作`,
    `Your role (${label.en}) may not do this`,
  );
};

/** A route without @Allow or @Public: refused, so forgetting the declaration fails closed. */
export const accessNotDeclared = (): HttpException =>
  refusal(
    HttpStatus.FORBIDDEN,
    'access-not-declared',
    '该接口未声明访问权限，已拒绝',
    'This endpoint declares no access rule, so it is refused',
  );

export const crossOriginRefused = (): HttpException =>
  refusal(
    HttpStatus.FORBIDDEN,
    'cross-origin-refused',
    '拒绝来自其他网站的请求',
    'Requests from other sites are refused',
  );
