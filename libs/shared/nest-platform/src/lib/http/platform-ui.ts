import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { join } from 'node:path';
import { serveSinglePageApp } from './serve-single-page-app';

// No inline style: the Content-Security-Policy allows styles from files only.
const LANDING = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>亲清平台</title>
<body>
<h1>亲清平台 <small>Qin-Qing platform</small></h1>
<ul><li><a href="/kiosk/">亲清家园自助终端 · Kiosk</a></li><li><a href="/console/">工作台 · Staff console</a></li>
<li><a href="/track/">诉求进度查询（手机） · Track a request (phone)</a></li>
<li><a href="/display/centre-haishu">叫号屏（示例中心） · Hall display (demo centre)</a></li>
<li><a href="/report/">廉情监督举报 · Report misconduct</a></li>
<li><a href="/api/docs">API 文档 · OpenAPI</a></li><li><a href="/readyz">运行状态 · Readiness</a></li></ul></body></html>`;

/**
 * Serves the kiosk, the console, the phone tracking page (the receipt's QR code opens it), the centres' hall
 * displays and the public misconduct-report page at /kiosk, /console, /track, /display/<centre> and /report, and
 * a landing page at /: what the people-facing app of either run mode (the one-process app, the gateway) shows a
 * browser.
 */
export const mountPlatformUi = (app: NestExpressApplication, uiDistDir: string): void => {
  for (const ui of ['kiosk', 'console', 'track', 'display', 'report']) {
    if (!serveSinglePageApp(app, `/${ui}`, join(uiDistDir, ui))) {
      new Logger('PlatformUi').warn(`The ${ui} is not built (${join(uiDistDir, ui)}); run npm run build:ui`);
    }
  }
  app.use('/', (request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && request.path === '/') response.type('html').send(LANDING);
    else next();
  });
};
