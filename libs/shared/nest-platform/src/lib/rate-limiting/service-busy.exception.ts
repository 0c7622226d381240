import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * 503 with the seconds to wait, in the body and (set by the exception filter) as `Retry-After`: the server
 * refuses costly work because too much of it is asked of it as a whole, not because of who asks (that is a
 * 429). Expected under load, so the filter does not log it as an error.
 */
export class ServiceBusyException extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    code: string,
    message: (seconds: number) => { readonly zh: string; readonly en: string },
  ) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(
      { error: code, message: message(seconds), retryAfterSeconds: seconds },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}
