import { type INestApplication, Logger } from '@nestjs/common';
import { ConfigurationError } from '@qinqing/shared/config';
import { startupMessage, type StartupServes } from './startup-message';

/**
 * The body of every app's main.ts: load the configuration, build the app, listen. A configuration problem
 * is the operator's to fix, so it is printed as the list of variables at fault, without a stack trace. Once
 * listening, one log line says where to open the kiosk, the console and the API docs.
 */
export const runMain = <Config extends { readonly PORT: number; readonly HOST: string }>(
  loadConfig: () => Config,
  createApp: (config: Config) => Promise<INestApplication>,
  serves: StartupServes = 'api',
): void => {
  const main = async (): Promise<void> => {
    const config = loadConfig();
    const app = await createApp(config);
    await app.listen(config.PORT, config.HOST);
    new Logger('Platform').log(startupMessage(config.HOST, config.PORT, serves));
  };
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigurationError ? error.message : error);
    process.exit(1);
  });
};
