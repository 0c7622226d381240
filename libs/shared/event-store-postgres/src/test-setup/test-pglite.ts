import { openInMemoryPglite } from '../lib/embedded/fresh-cluster';
import { PgliteDatabase } from '../lib/sql/pglite-database';

/** An in-memory PGlite database for tests, started from the fresh-cluster dump (the suites open many). */
export const openTestPglite = async (): Promise<PgliteDatabase> =>
  new PgliteDatabase(await openInMemoryPglite('memory://'));
