import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { correlationIdFor } from './correlation-id';

export interface LoggingOptions {
  readonly serviceName: string;
  readonly level: string;
}

/** Structured JSON logs (pino) with the correlation id on every line and secrets redacted. */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // Named wildcard: the path-to-regexp of NestJS 11 no longer accepts a bare '*'.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: options.level,
            base: { service: options.serviceName },
            genReqId: correlationIdFor,
            customAttributeKeys: { reqId: 'correlationId' },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
          },
        }),
      ],
    };
  }
}
