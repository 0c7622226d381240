import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACTOR_RESOLVER, IdentityTokenSigner, NO_ACTOR } from '@qinqing/identity/service';
import { systemClock } from '@qinqing/shared/event-sourcing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountIdentityForwardingProxy } from './identity-forwarding.proxy';
import { UpstreamPool } from './upstream-pool';

@Module({ providers: [{ provide: ACTOR_RESOLVER, useValue: { resolve: async () => NO_ACTOR } }] })
class ProxyOnlyModule {}

const UPSTREAM_TIMEOUT_MS = 300;

/**
 * Server-sent events (the hall display) through the gateway: each chunk reaches the browser when the service
 * writes it, not when the response ends, and a stream that stays quiet longer than the upstream timeout between
 * events is not cut.
 */
describe('the gateway forwards a stream of server-sent events', () => {
  let upstream: Server;
  let gateway: NestExpressApplication;
  let gatewayUrl = '';

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write('data: first\n\n');
      // Quiet for longer than the upstream timeout, then one more event and the end.
      setTimeout(() => response.write('data: second\n\n'), UPSTREAM_TIMEOUT_MS * 2);
      setTimeout(() => response.end('data: last\n\n'), UPSTREAM_TIMEOUT_MS * 4);
      request.on('close', () => response.end());
    });
    await new Promise<void>((ready) => upstream.listen(0, '127.0.0.1', ready));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await NestFactory.create<NestExpressApplication>(ProxyOnlyModule, { logger: false });
    mountIdentityForwardingProxy(gateway, {
      routes: [
        {
          service: 'service-centre-service',
          prefixes: ['/api/service-centre'],
          upstreams: new UpstreamPool([upstreamUrl]),
        },
      ],
      signer: new IdentityTokenSigner({ secret: 'a-test-secret-of-at-least-32-bytes!!' }, systemClock),
      timeoutMs: UPSTREAM_TIMEOUT_MS,
    });
    await gateway.listen(0, '127.0.0.1');
    gatewayUrl = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await gateway?.close();
    await new Promise((done) => upstream?.close(done));
  });

  it('passes each event through at once and keeps the stream past the upstream timeout', async () => {
    const started = Date.now();
    const response = await fetch(`${gatewayUrl}/api/service-centre/queue/display/centre-haishu/events`);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body?.getReader();
    if (reader === undefined) throw new Error('No body');
    const decoder = new TextDecoder();
    const arrivals: { text: string; at: number }[] = [];
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      arrivals.push({ text: decoder.decode(chunk.value), at: Date.now() - started });
    }
    const text = arrivals.map((a) => a.text).join('');
    expect(text).toBe('data: first\n\ndata: second\n\ndata: last\n\n');
    // The first event arrived long before the stream ended: nothing held it back.
    expect(arrivals[0]?.text).toContain('first');
    expect(arrivals[0]?.at ?? Infinity).toBeLessThan(UPSTREAM_TIMEOUT_MS * 2);
  });
});
