import { GATEWAY, PLATFORM_SERVICES } from '@qinqing/platform/services';
import { describe, expect, it } from 'vitest';
import { type DistributedTopology, platformProcesses } from './distributed-topology';

const topology: DistributedTopology = {
  brokers: '127.0.0.1:9092',
  postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
  databasePrefix: 'qinqing',
  identityTokenSecret: 'x'.repeat(32),
  demoData: false,
  uiDistDir: 'dist/apps',
};

describe('platformProcesses', () => {
  it('runs one process per service and the gateway by default, each service at its URL', () => {
    const processes = platformProcesses(topology);
    expect(processes.map((p) => p.name)).toEqual([...PLATFORM_SERVICES.map((s) => s.name), GATEWAY.name]);
    const gateway = processes.find((p) => p.name === GATEWAY.name);
    expect(gateway?.env['APPEALS_SERVICE_URL']).toBe('http://127.0.0.1:3101');
  });

  it('runs replicas of a service on ports 100 apart, on its one database, and gives the gateway all of them', () => {
    const processes = platformProcesses({
      ...topology,
      replicas: { 'appeals-service': 2 },
      ports: { 'appeals-service': 4101 },
    });
    const appeals = processes.filter((p) => p.service === 'appeals-service');

    expect(appeals.map((p) => [p.name, p.replica, p.port])).toEqual([
      ['appeals-service', 1, 4101],
      ['appeals-service-2', 2, 4201],
    ]);
    expect(new Set(appeals.map((p) => p.env['DATABASE_URL']))).toEqual(
      new Set(['postgres://postgres@127.0.0.1:5432/qinqing_appeals']),
    );
    const gateway = processes.find((p) => p.name === GATEWAY.name);
    expect(gateway?.env['APPEALS_SERVICE_URL']).toBe('http://127.0.0.1:4101,http://127.0.0.1:4201');
    expect(gateway?.env['LIAISON_SERVICE_URL']).toBe('http://127.0.0.1:3103');
  });
});
