import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * The last exception filter of every `@EventConsumer`: hands the error to the bus unchanged, so the batch
 * rolls back and the message is retried and, on Kafka, dead-lettered with the error's own name and message.
 * Nest's default RPC filter would log it and replace it with `{ status: 'error', message: 'Internal server
 * error' }`. Filters of the handler or its class come first and may map the error to another one.
 */
@Catch()
export class IntegrationEventErrorFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
