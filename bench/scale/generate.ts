/**
 * bench:scale:generate — writes the scale benches' log (BENCH_ENTERPRISES directory enterprises, BENCH_REQUESTS
 * enterprise requests with their histories; 1,000,000 each by default) into the PostgreSQL database
 * bench_scale_<enterprises>_<requests> on DATABASE_URL's server, unless a complete one is there already
 * (BENCH_SCALE_FRESH=true makes it again). bench:rebuild and bench:scale call the same and reuse it.
 */
import { scaleDatabase, scaleDatabaseName, scaleParameters } from './scale-data';

const SERVER = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const main = async (): Promise<void> => {
  const parameters = scaleParameters();
  const log = await scaleDatabase(SERVER, parameters);
  process.stdout.write(
    `${scaleDatabaseName(parameters)}: ${log.events.toLocaleString('en-US')} events, ` +
      `${log.fresh ? 'generated now' : `generated ${log.generatedAt}`} in ${Math.round(log.seconds)} s ` +
      `(${Math.round(log.events / log.seconds).toLocaleString('en-US')} events/s), ${log.refusedSteps} histories cut by a refusal\n`,
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
