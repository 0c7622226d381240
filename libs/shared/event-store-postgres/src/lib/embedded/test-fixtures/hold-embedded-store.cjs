// A second process for the data directory lock tests: opens the embedded store on argv[2] as an app would,
// records its pid in it, prints "ready" and holds the store until stdin closes (or it is killed). When the
// directory is locked it prints "locked <pid>" and exits with code 3.
require('@swc-node/register');
const { openEmbeddedDatabase } = require('../open-embedded-database.ts');
const { EmbeddedStoreLockedError } = require('../embedded-store-locked.error.ts');

const main = async () => {
  let db;
  try {
    db = await openEmbeddedDatabase({ dataDir: process.argv[2] });
  } catch (error) {
    if (!(error instanceof EmbeddedStoreLockedError)) throw error;
    process.stdout.write(`locked ${error.pid}\n`);
    process.exit(3);
  }
  await db.query('CREATE TABLE IF NOT EXISTS holders (pid int NOT NULL)');
  await db.query('INSERT INTO holders (pid) VALUES ($1)', [process.pid]);
  process.stdout.write('ready\n');
  process.stdin.resume();
  process.stdin.on('end', () => {
    db.close().then(() => process.exit(0));
  });
};

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
