import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/**
 * The module-boundary rules are only worth having if a violation fails the lint. These tests lint
 * deliberate violations as if they were files of real projects, without writing them to disk.
 */
describe('module boundaries', () => {
  let eslint: ESLint;

  beforeAll(() => {
    // The Nx rule reads the cached project graph; make sure it exists on a fresh clone.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, stdio: 'ignore' });
    eslint = new ESLint({ cwd: root });
  }, 120_000);

  const boundaryErrors = async (filePath: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
    return (result?.messages ?? [])
      .filter(
        (m) =>
          (m.ruleId === '@nx/enforce-module-boundaries' || m.ruleId === 'no-restricted-imports') &&
          m.severity === 2,
      )
      .map((m) => m.message);
  };

  it('refuses a domain library importing NestJS', async () => {
    const errors = await boundaryErrors(
      'libs/shared/domain-kernel/src/lib/violation.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it.each(['pg', 'kafkajs', '@electric-sql/pglite', '@kurrent/kurrentdb-client', 'react'])(
    'refuses a domain library importing %s',
    async (pkg) => {
      const errors = await boundaryErrors(
        'libs/shared/domain-kernel/src/lib/violation.ts',
        `import * as m from '${pkg}';\nexport const x = m;\n`,
      );
      expect(errors).not.toHaveLength(0);
    },
  );

  it('refuses a contracts library depending on a domain library', async () => {
    const errors = await boundaryErrors(
      'libs/shared/contracts-kit/src/lib/violation.ts',
      "import { accept } from '@qinqing/shared/domain-kernel';\nexport const x = accept;\n",
    );
    expect(errors.join('\n')).toMatch(/type:contracts/);
  });

  it('lets an infrastructure library depend on the application layer', async () => {
    const errors = await boundaryErrors(
      'libs/shared/nest-platform/src/lib/allowed.ts',
      "import { CommandHandler } from '@qinqing/shared/event-sourcing';\nexport const x = CommandHandler;\n",
    );
    expect(errors).toEqual([]);
  });

  // Every context in its own room (libs/<context>/): another context reaches identity and the calendar
  // only through their visibility:public libraries, and the shared kernel knows no context at all.
  it.each([
    ['libs/appeals/service/src/lib/violation.ts', '@qinqing/identity/service', 'SessionStore'],
    ['libs/appeals/service/src/lib/violation.ts', '@qinqing/identity/domain', 'staffAccountDecider'],
    ['libs/appeals/service/src/lib/violation.ts', '@qinqing/calendar/service', 'CalendarService'],
    ['libs/service-centre/service/src/lib/violation.ts', '@qinqing/appeals/service', 'AppealsModule'],
    ['libs/shared/nest-platform/src/lib/violation.ts', '@qinqing/calendar/domain', 'ScheduleNotLoadedError'],
    ['libs/shared/service-host/src/lib/violation.ts', '@qinqing/identity/access', 'IdentityServiceModule'],
    ['libs/calendar/service/src/lib/violation.ts', '@qinqing/identity/service', 'IdentityModule'],
  ])('refuses %s importing %s', async (filePath, from, name) => {
    const errors = await boundaryErrors(
      filePath,
      `import { ${name} } from '${from}';\nexport const x = ${name};\n`,
    );
    expect(errors.join('\n')).toMatch(/scope:/);
  });

  it.each([
    ['libs/appeals/service/src/lib/allowed.ts', '@qinqing/identity/access', 'Allow'],
    ['libs/appeals/domain/src/lib/allowed.ts', '@qinqing/calendar/domain', 'addDays'],
    ['libs/service-centre/service/src/lib/allowed.ts', '@qinqing/appeals/contracts', 'APPEALS_TOPIC'],
    ['libs/calendar/service/src/lib/allowed.ts', '@qinqing/identity/access', 'Allow'],
  ])('lets %s import %s', async (filePath, from, name) => {
    const errors = await boundaryErrors(
      filePath,
      `import { ${name} } from '${from}';\nexport const x = ${name};\n`,
    );
    expect(errors).toEqual([]);
  });
});
