import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * 429 with the seconds to wait, in the body and (set by the exception filter) as `Retry-After`. The code
 * says which limit answered (`rate-limited`, `login-throttled`, `receipt-locked` …); the message is the
 * caller's, in both languages.
 */
export class TooManyAttemptsException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    code = 'rate-limited',
    message: (seconds: number) => { readonly zh: string; readonly en: string } = (seconds) => ({
      zh: `尝试次数过多，请${seconds}秒后再试`,
      en: `Too many attempts; try again in ${seconds} seconds`,
    }),
  ) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(
      { error: code, message: message(seconds), retryAfterSeconds: seconds },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
