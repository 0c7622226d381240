import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type DomainErrorKind, ReferenceDataMissingError } from '@qinqing/shared/domain-kernel';
import {
  ConcurrencyConflictError,
  DomainRejectionError,
  IdempotencyKeyReusedError,
} from '@qinqing/shared/event-sourcing';
import type { Request, Response } from 'express';
import { ServiceBusyException } from '../rate-limiting/service-busy.exception';
import type { ErrorBody } from './error-body';

const statusOfKind: Record<DomainErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
};

const genericMessages: Record<number, ErrorBody['message']> = {
  400: { zh: '请求有误', en: 'Bad request' },
  401: { zh: '请先登录', en: 'Authentication required' },
  403: { zh: '无权执行此操作', en: 'You may not do this' },
  404: { zh: '未找到', en: 'Not found' },
  409: { zh: '与当前状态冲突', en: 'Conflicts with the current state' },
  413: { zh: '请求内容过大', en: 'Request too large' },
  415: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  422: { zh: '无法处理该请求', en: 'Unprocessable request' },
  429: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
};

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { error?: unknown }).error === 'string' &&
  typeof (value as { message?: { zh?: unknown } }).message?.zh === 'string';

/** Errors from Express middleware (body parsing, payload size) carry a client status; keep it. */
const httpErrorStatus = (exception: unknown): number | null => {
  const candidate = exception as { status?: unknown; expose?: unknown } | null;
  return typeof candidate?.status === 'number' && candidate.expose === true && candidate.status < 500
    ? candidate.status
    : null;
};

/** A path with broken percent-encoding, or anything else Nest rejected before our validation ran. */
const malformedRequest = (): { status: number; body: ErrorBody } => ({
  status: HttpStatus.BAD_REQUEST,
  body: { error: 'malformed-request', message: { zh: '请求格式有误', en: 'The request is malformed' } },
});

/**
 * Turns anything thrown into the platform's error shape: domain refusals keep their code and bilingual
 * message with a status from their kind; unexpected errors become a 500 that hides internals but carries
 * the correlation id to find the log line.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: unknown }>();
    const response = http.getResponse<Response>();
    const correlationId = typeof request.id === 'string' ? request.id : undefined;
    const { status, body } = this.describe(exception, request);
    // A deliberate 503 under load is no fault; logging it would also date requests the logger skips.
    if (status >= 500 && !(exception instanceof ServiceBusyException))
      this.logger.error({ err: exception, correlationId }, 'Unhandled error');
    const retryAfter = (body as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if ((status === 429 || status === 503) && typeof retryAfter === 'number')
      response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json({ ...body, ...(correlationId === undefined ? {} : { correlationId }) });
  }

  private describe(exception: unknown, request: Request): { status: number; body: ErrorBody } {
    if (exception instanceof DomainRejectionError) {
      const { kind, code, message, field, rule } = exception.error;
      return {
        status: statusOfKind[kind],
        body: {
          error: code,
          message,
          ...(field === undefined ? {} : { field }),
          ...(rule === undefined ? {} : { rule }),
        },
      };
    }
    if (exception instanceof ReferenceDataMissingError) {
      // The request is fine; the platform lacks reference data (e.g. a year's holiday notice) to answer it.
      return {
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        body: { error: exception.code, message: exception.localizedMessage },
      };
    }
    if (exception instanceof IdempotencyKeyReusedError) {
      const header = request.headers['idempotency-key'];
      const key = (Array.isArray(header) ? header[0] : header) ?? exception.idempotencyKey;
      // IETF httpapi Idempotency-Key draft, §2.7: a key reused with a different payload is a 422.
      return {
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        body: {
          error: 'idempotency-key-reused',
          message: {
            zh: `Idempotency-Key “${key}” 已用于另一内容不同的请求；请为新请求使用新的 Idempotency-Key`,
            en: `Idempotency-Key "${key}" was already used for a different request; send a new key with a new request`,
          },
          field: 'Idempotency-Key',
        },
      };
    }
    if (exception instanceof ConcurrencyConflictError) {
      return {
        status: HttpStatus.CONFLICT,
        body: {
          error: 'concurrent-modification',
          message: {
            zh: '该记录正被他人同时修改，请刷新后重试',
            en: 'Someone else changed this record at the same time; reload and try again',
          },
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (isErrorBody(payload)) return { status, body: payload };
      // Our own validation always answers with an ErrorBody: a bare 400 comes from Nest mapping a body
      // that is not JSON or a path with broken percent-encoding.
      if (status === HttpStatus.BAD_REQUEST) return malformedRequest();
      const message = genericMessages[status] ?? { zh: '请求失败', en: exception.message };
      return { status, body: { error: `http-${status}`, message } };
    }
    const clientError = httpErrorStatus(exception);
    if (clientError === HttpStatus.BAD_REQUEST) return malformedRequest();
    if (clientError !== null) {
      const message = genericMessages[clientError] ?? { zh: '请求有误', en: 'Bad request' };
      return { status: clientError, body: { error: `http-${clientError}`, message } };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { error: 'internal-error', message: { zh: '服务器内部错误', en: 'Internal server error' } },
    };
  }
}
