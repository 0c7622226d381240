/** What a started process serves to people: the kiosk and console (one-process app, gateway) or an API only. */
export type StartupServes = 'people' | 'api';

/** `0.0.0.0` and `::` listen everywhere; a browser on the same machine reaches them at localhost. */
const reachableHost = (host: string): string =>
  host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

/**
 * The one line an operator reads after `npm start`: where to open the kiosk, the console and the API docs
 * (a service process names its API docs only), in Chinese and English.
 */
export const startupMessage = (host: string, port: number, serves: StartupServes): string => {
  const base = `http://${reachableHost(host)}:${port}`;
  if (serves === 'api')
    return `已启动 / started: API ${base}/api · API 文档 / docs ${base}/api/docs · 就绪 / readiness ${base}/readyz`;
  return (
    `已启动 / started: 自助终端 / kiosk ${base}/kiosk/ · 工作台 / console ${base}/console/ · ` +
    `API 文档 / API docs ${base}/api/docs`
  );
};
