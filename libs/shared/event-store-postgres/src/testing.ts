/**
 * The test databases this library's own suites run on (PGlite always, PostgreSQL when the run has a server), for
 * other libraries' integration tests of their read models. Not part of the library's API: only tests import it.
 */
export { describeEachBackend, type TestBackend, type TestDatabaseHandle } from './test-setup/test-backends';
export { openInMemoryPglite, startInMemoryDatabaseFrom } from './lib/embedded/fresh-cluster';
export { openTestPglite } from './test-setup/test-pglite';
