import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves a built single-page app (the kiosk, the console) under a path prefix: hashed assets with a long
 * cache life, and index.html for every other GET so client-side routes survive a reload. Returns false when
 * the bundle has not been built, so the caller can say so instead of answering 404s.
 */
export const serveSinglePageApp = (
  app: NestExpressApplication,
  prefix: string,
  directory: string,
): boolean => {
  const root = resolve(directory);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(root, {
    prefix,
    index: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use(prefix, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
};
