import { compression } from 'vite-plugin-compression2';

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy next to every script, stylesheet and SVG of a UI build, so
 * the platform serves them compressed without compressing on each request (express-static-gzip picks the
 * copy the browser accepts). Small files are left alone: their headers would cost more than they save.
 */
export const precompressed = () =>
  compression({
    algorithms: ['brotliCompress', 'gzip'],
    include: /\.(?:js|css|svg)$/u,
    threshold: 1024,
    skipIfLargerOrEqual: true,
    logLevel: 'silent',
  });
