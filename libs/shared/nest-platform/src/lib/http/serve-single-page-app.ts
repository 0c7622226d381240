import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * Serves a built single-page app (the kiosk, the console, the tracking page) under a path prefix: the
 * Brotli or gzip copy the build wrote next to each script and stylesheet when the browser accepts it
 * (express-static-gzip; `Vary: Accept-Encoding`), hashed assets with a long cache life, and index.html for
 * every other GET so client-side routes survive a reload. Returns false when the bundle has not been built,
 * so the caller can say so instead of answering 404s.
 */
export const serveSinglePageApp = (
  app: NestExpressApplication,
  prefix: string,
  directory: string,
): boolean => {
  const root = resolve(directory);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const assets = join(root, 'assets');
  app.use(
    prefix,
    expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (response, path) => {
          response.setHeader(
            'Cache-Control',
            path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      },
    }),
  );
  app.use(prefix, (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
};
