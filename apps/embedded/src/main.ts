import 'reflect-metadata';
import { ConfigurationError } from '@qinqing/shared/config';
import { createEmbeddedApp } from './embedded-app';
import { loadEmbeddedConfig } from './config/embedded.config';

const main = async (): Promise<void> => {
  const config = loadEmbeddedConfig();
  const app = await createEmbeddedApp(config);
  await app.listen(config.PORT, config.HOST);
};

main().catch((error: unknown) => {
  // Configuration problems are the operator's to fix: say exactly what, without a stack trace.
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
