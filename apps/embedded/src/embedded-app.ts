import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock } from '@qinqing/shared/event-sourcing';
import type { NextFunction, Request, Response } from 'express';
import { createHttpApp, serveSinglePageApp } from '@qinqing/shared/nest-platform';
import { join } from 'node:path';
import { EmbeddedAppModule } from './app.module';
import type { EmbeddedConfig } from './config/embedded.config';

const LANDING = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>亲清平台</title>
<body style="font:18px/1.6 system-ui,sans-serif;max-width:40em;margin:3em auto">
<h1>亲清平台 <small>Qin-Qing platform</small></h1>
<ul><li><a href="/kiosk/">亲清家园自助终端 · Kiosk</a></li><li><a href="/console/">工作台 · Staff console</a></li>
<li><a href="/api/docs">API 文档 · OpenAPI</a></li><li><a href="/readyz">运行状态 · Readiness</a></li></ul></body></html>`;

/** Builds the one-process app; shared by main.ts and the HTTP integration tests. */
export const createEmbeddedApp = async (
  config: EmbeddedConfig,
  clock?: Clock,
): Promise<NestExpressApplication> => {
  const app = await createHttpApp(EmbeddedAppModule.forConfig(config, clock), {
    title: '亲清 platform API',
    description:
      '亲清新型政商关系 platform: enterprise requests, liaison, credit, party building and the 亲清家园 service centres.',
    version: '0.1.0',
  });
  for (const ui of ['kiosk', 'console']) {
    if (!serveSinglePageApp(app, `/${ui}`, join(config.UI_DIST_DIR, ui))) {
      new Logger('EmbeddedApp').warn(
        `The ${ui} is not built (${join(config.UI_DIST_DIR, ui)}); run npm run build:ui`,
      );
    }
  }
  app.use('/', (request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && request.path === '/') response.type('html').send(LANDING);
    else next();
  });
  return app;
};
