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

/** The URL of `server`, listening on a free port of 127.0.0.1. */
const listening = async (server: Server): Promise<string> => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** A replica of a service: answers with its name and the body it received. */
const replica = async (name: string): Promise<{ server: Server; url: string }> => {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ replica: name, body }));
    });
  });
  return { server, url: await listening(server) };
};

/** A URL where nothing listens (a replica killed or not started yet): connections are refused. */
const deadUrl = async (): Promise<string> => {
  const { server, url } = await replica('gone');
  await new Promise((done) => server.close(done));
  return url;
};

/** The gateway with one service's route over `upstreams`, listening on a free port of 127.0.0.1. */
const gatewayOver = async (
  service: string,
  prefix: string,
  upstreams: readonly string[],
): Promise<{ gateway: NestExpressApplication; url: string }> => {
  const gateway = await NestFactory.create<NestExpressApplication>(ProxyOnlyModule, { logger: false });
  mountIdentityForwardingProxy(gateway, {
    routes: [{ service, prefixes: [prefix], upstreams: new UpstreamPool([...upstreams]) }],
    signer: new IdentityTokenSigner({ secret: 'a-test-secret-of-at-least-32-bytes!!' }, systemClock),
    timeoutMs: 5_000,
  });
  await gateway.listen(0, '127.0.0.1');
  return { gateway, url: (await gateway.getUrl()).replace('[::1]', '127.0.0.1') };
};

/** Closes the gateway, then each replica's server with its open connections. */
const closeAll = async (gateway: NestExpressApplication | undefined, servers: (Server | undefined)[]) => {
  await gateway?.close();
  for (const server of servers) {
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
  }
};

describe('the gateway spreads requests over a service’s replicas', () => {
  let first: Awaited<ReturnType<typeof replica>>;
  let second: Awaited<ReturnType<typeof replica>>;
  let gateway: NestExpressApplication;
  let gatewayUrl = '';

  beforeAll(async () => {
    first = await replica('first');
    second = await replica('second');
    const dead = await deadUrl();
    ({ gateway, url: gatewayUrl } = await gatewayOver('appeals-service', '/api/appeals', [
      first.url,
      dead,
      second.url,
    ]));
  });

  afterAll(() => closeAll(gateway, [first?.server, second?.server]));

  const post = async (text: string): Promise<{ status: number; replica: string; body: string }> => {
    const response = await fetch(`${gatewayUrl}/api/appeals/requests`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: text,
    });
    const answer = (await response.json()) as { replica: string; body: string };
    return { status: response.status, ...answer };
  };

  it('takes the replicas in turn and sends a request, body and all, past one that refuses connections', async () => {
    const answers = [];
    for (let i = 0; i < 9; i++) answers.push(await post(`request ${i}`));

    expect(answers.map((answer) => answer.status)).toEqual(Array(9).fill(200));
    expect(answers.map((answer) => answer.body)).toEqual(answers.map((_, i) => `request ${i}`));
    const counts = answers.reduce<Record<string, number>>(
      (seen, answer) => ({ ...seen, [answer.replica]: (seen[answer.replica] ?? 0) + 1 }),
      {},
    );
    expect(Object.keys(counts).sort()).toEqual(['first', 'second']);
    expect(Math.abs((counts['first'] ?? 0) - (counts['second'] ?? 0))).toBeLessThanOrEqual(3);
  });

  it('keeps answering from the replica left when another is killed, reads even on a connection it had kept', async () => {
    // Killed: its connections, kept alive by the gateway, close under it — at once reads still succeed.
    first.server.closeAllConnections();
    await new Promise((done) => first.server.close(done));
    const reads = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${gatewayUrl}/api/appeals/requests?i=${i}`);
      reads.push([response.status, ((await response.json()) as { replica: string }).replica]);
    }
    expect(reads).toEqual(Array(6).fill([200, 'second']));

    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await post(`after ${i}`));

    expect(answers.map((answer) => [answer.status, answer.replica])).toEqual(Array(6).fill([200, 'second']));
    expect(answers.map((answer) => answer.body)).toEqual(answers.map((_, i) => `after ${i}`));
  });
});

describe('a replica that breaks the connection before it answers', () => {
  let healthy: Awaited<ReturnType<typeof replica>>;
  let breaking: { server: Server; url: string; received: number };
  let gateway: NestExpressApplication;
  let gatewayUrl = '';
  let healthyReceived = 0;

  beforeAll(async () => {
    healthy = await replica('healthy');
    healthy.server.on('request', () => healthyReceived++);
    // Takes the connection and the request, then dies before a word of the answer (a fresh connection each time).
    const server = createServer((request) => {
      breaking.received++;
      request.socket.destroy();
    });
    breaking = { server, url: await listening(server), received: 0 };
    ({ gateway, url: gatewayUrl } = await gatewayOver('liaison-service', '/api/enterprises', [
      breaking.url,
      healthy.url,
    ]));
  });

  afterAll(() => closeAll(gateway, [healthy?.server, breaking?.server]));

  it('sends a read on to the replica left', async () => {
    const reads = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${gatewayUrl}/api/enterprises/size-class?i=${i}`);
      reads.push([response.status, ((await response.json()) as { replica: string }).replica]);
    }
    expect(reads).toEqual(Array(6).fill([200, 'healthy']));
    expect(breaking.received).toBeGreaterThan(0);
  });

  it('never sends a command twice: the one the breaking replica took is a 502', async () => {
    breaking.received = 0;
    healthyReceived = 0;
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${gatewayUrl}/api/enterprises`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: `command ${i}`,
      });
      statuses.push(response.status);
    }
    expect(breaking.received).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 502)).toHaveLength(breaking.received);
    expect(statuses.filter((status) => status === 200)).toHaveLength(healthyReceived);
    expect(breaking.received + healthyReceived).toBe(6);
  });
});
