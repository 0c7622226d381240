import { randomInt } from 'node:crypto';
import { GATEWAY } from '@qinqing/platform/services';
import type { SupervisedService } from '@qinqing/tools/distributed';
import type { RestartableBroker } from './restartable-broker';

export type ChaosAct =
  | { readonly kind: 'kill'; readonly atS: number; readonly name: string; readonly pid: number }
  | { readonly kind: 'broker-stopped'; readonly atS: number; readonly tookS: number }
  | { readonly kind: 'broker-started'; readonly atS: number; readonly tookS: number };

export interface RunningChaos {
  /** Cancels what has not happened yet, waits for what is under way, and lists what was done. */
  stop(): Promise<readonly ChaosAct[]>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every `killEveryS`, SIGKILL to a random context service process that is running (the gateway, which holds the
 * sessions, is left alone; its supervisor restarts the one killed); once, at `brokerRestartAtS`, the broker is
 * stopped and started again `brokerDownS` later on the same port and data.
 */
export const startChaos = (
  services: ReadonlyMap<string, SupervisedService>,
  broker: RestartableBroker,
  schedule: { readonly killEveryS: number; readonly brokerRestartAtS: number; readonly brokerDownS: number },
): RunningChaos => {
  const startedAt = Date.now();
  const atS = () => Math.round((Date.now() - startedAt) / 100) / 10;
  const acts: ChaosAct[] = [];
  const timers: ReturnType<typeof setTimeout>[] = [];
  let brokerRestart: Promise<void> = Promise.resolve();

  const kill = () => {
    const running = [...services.values()].filter(
      (service) =>
        service.name !== GATEWAY.name &&
        service.current.child.exitCode === null &&
        service.current.child.signalCode === null,
    );
    const victim = running[randomInt(running.length)];
    const pid = victim?.current.child.pid;
    if (victim === undefined || pid === undefined) return;
    victim.current.child.kill('SIGKILL');
    acts.push({ kind: 'kill', atS: atS(), name: victim.name, pid });
    console.info(`[soak] ${atS()} s: kill -9 ${victim.name} (pid ${pid})`);
  };
  const restartBroker = async () => {
    let began = Date.now();
    await broker.stop();
    acts.push({ kind: 'broker-stopped', atS: atS(), tookS: (Date.now() - began) / 1_000 });
    console.info(`[soak] ${atS()} s: broker stopped`);
    await sleep(schedule.brokerDownS * 1_000);
    began = Date.now();
    await broker.start();
    acts.push({ kind: 'broker-started', atS: atS(), tookS: (Date.now() - began) / 1_000 });
    console.info(`[soak] ${atS()} s: broker started again`);
  };

  const killer = setInterval(kill, schedule.killEveryS * 1_000);
  timers.push(
    setTimeout(() => {
      brokerRestart = restartBroker();
    }, schedule.brokerRestartAtS * 1_000),
  );
  return {
    async stop() {
      clearInterval(killer);
      for (const timer of timers) clearTimeout(timer);
      await brokerRestart;
      return acts;
    },
  };
};
