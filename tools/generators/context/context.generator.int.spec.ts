import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');

/** A command in the copy; its output is shown when it fails. */
const inCopy = async (cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) => {
  try {
    return await run(command, [...args], {
      cwd,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout.slice(-6000)}\n${stderr.slice(-6000)}`);
  }
};

/**
 * `nx g @qinqing/tools:context foreign-trade` (a new, hyphenated name: the lint gets its scope too) in a copy of this workspace (the tracked and new files, node_modules
 * linked), then what a developer would run: the generated projects are in the graph, the whole workspace
 * type-checks, the generated and the edited files lint, and the generated tests pass — the decider's
 * given/when/then and properties, the mapper, the HTTP slice through the one-process app — together with
 * the tests that keep compose and the event catalogue in step with the one list of services.
 */
describe('nx g @qinqing/tools:context', () => {
  let copy: string;
  const file = (path: string) => readFileSync(join(copy, path), 'utf8');

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'qinqing-context-'));
    const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], { cwd: root })
      .toString('utf8')
      .split('\0')
      .filter((path) => path !== '' && existsSync(join(root, path)));
    for (const path of files) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      cpSync(join(root, path), join(copy, path));
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    await inCopy(copy, 'npx', [
      'nx',
      'g',
      '@qinqing/tools:context',
      'foreign-trade',
      '--aggregate=trade-case',
      '--no-interactive',
    ]);
  }, 180_000);

  afterAll(() => {
    if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
  });

  it('lays the context out like appeals, tagged for the lint', () => {
    const tags = (project: string) =>
      (JSON.parse(file(`${project}/project.json`)) as { tags: string[] }).tags;
    expect(tags('libs/foreign-trade/domain')).toEqual(['scope:foreign-trade', 'type:domain']);
    expect(tags('libs/foreign-trade/contracts')).toEqual([
      'scope:foreign-trade',
      'type:contracts',
      'visibility:public',
    ]);
    expect(tags('libs/foreign-trade/service')).toEqual(['scope:foreign-trade', 'type:infra']);
    expect(tags('apps/foreign-trade-service')).toEqual(['scope:platform', 'type:app']);
    expect(file('libs/foreign-trade/contracts/src/lib/foreign-trade-topic.ts')).toContain(
      "publicTopic('foreign-trade', 1)",
    );
    expect(file('apps/embedded/src/app.module.ts')).toMatch(/ForeignTradeModule,\n\s*\],/u);
    expect(file('eslint.config.mjs')).toContain(
      "sourceTag: 'scope:foreign-trade',\n      onlyDependOnLibsWithTags: [...also, 'scope:foreign-trade', 'scope:shared', 'visibility:public']",
    );
    expect(file('tools/asyncapi/public-events.ts')).toContain("'foreign-trade': FOREIGN_TRADE_PUBLIC_EVENTS");
  });

  it('wires the service into the one list, and so into compose and the event catalogue', () => {
    expect(file('libs/platform/services/src/lib/platform-services.ts')).toMatch(
      /context: 'foreign-trade',\s+name: 'foreign-trade-service',[\s\S]*port: 3106,[\s\S]*topic: 'qinqing\.foreign-trade\.events\.v1'/u,
    );
    expect(file('docker-compose.yml')).toContain('foreign-trade-service:');
    expect(file('docker-compose.yml')).toContain(
      'FOREIGN_TRADE_SERVICE_URL: http://foreign-trade-service:3106',
    );
    expect(file('tools/docker/create-databases.sql')).toContain('CREATE DATABASE qinqing_foreign_trade;');
    expect(file('docs/asyncapi.json')).toContain('cn.qinqing.foreign-trade.trade-case.opened.v1');
  });

  it('refuses to generate a context that exists', async () => {
    await expect(
      inCopy(copy, 'npx', ['nx', 'g', '@qinqing/tools:context', 'foreign-trade', '--no-interactive']),
    ).rejects.toThrow(/libs\/foreign-trade exists already/u);
  }, 60_000);

  it('type-checks, lints and passes its own tests', async () => {
    const projects = await inCopy(copy, 'npx', ['nx', 'show', 'projects']);
    expect(projects.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'foreign-trade-domain',
        'foreign-trade-contracts',
        'foreign-trade-service',
        'app-foreign-trade-service',
      ]),
    );
    const [, , , tests] = await Promise.all([
      inCopy(copy, 'npx', [
        'prettier',
        '--check',
        'libs/foreign-trade',
        'apps/foreign-trade-service',
        'tests/foreign-trade',
        'libs/platform',
        'apps/embedded/src',
        'tools/asyncapi',
        'eslint.config.mjs',
        'tsconfig.base.json',
        'docker-compose.yml',
        'docs/asyncapi.json',
      ]),
      inCopy(copy, 'npx', ['tsc', '-p', 'tsconfig.json']),
      inCopy(copy, 'npx', [
        'eslint',
        '--max-warnings=0',
        'libs/foreign-trade',
        'apps/foreign-trade-service',
        'tests/foreign-trade',
        'libs/platform',
        'apps/embedded/src',
        'tools/asyncapi',
      ]),
      inCopy(
        copy,
        'npx',
        [
          'vitest',
          'run',
          'libs/foreign-trade',
          'apps/foreign-trade-service',
          'tests/foreign-trade',
          'tests/distributed/docker-compose.unit.spec.ts',
          'tools/asyncapi/asyncapi-document.unit.spec.ts',
        ],
        // The nested run needs no broker, browser or PostgreSQL of its own.
        {
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          KAFKA_TESTS: '0',
          KAFKA_BROKERS: '',
          REQUIRE_KAFKA: '',
          REQUIRE_POSTGRES: '',
          REQUIRE_BROWSER: '',
        },
      ),
    ]);
    const summary = tests.stdout;
    expect(summary).toMatch(/Test Files\s+6 passed \(6\)/u);
    expect(summary).toContain('trade-case.decide.unit.spec.ts');
    expect(summary).toContain('foreign-trade-api.int.spec.ts');
  }, 300_000);
});
