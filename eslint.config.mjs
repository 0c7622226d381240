import nx from '@nx/eslint-plugin';

const infrastructurePackages = [
  '@nestjs/*',
  'kafkajs',
  'pg',
  '@electric-sql/*',
  '@kurrent/*',
  'react',
  'react-dom',
];

/**
 * Layers (type:*) point inwards, towards the domain; bounded contexts (scope:*) see their own code, the
 * shared kernel and other contexts' public contracts (visibility:public), never their internals.
 * Tests may additionally use the shared test infrastructure (type:testing).
 */
const depConstraints = (inTests) => {
  const also = inTests ? ['type:testing'] : [];
  return [
    // Layers (type:*): dependencies point inwards, towards the domain.
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: [
        ...also,
        'type:application',
        'type:domain',
        'type:infra',
        'type:contracts',
        'type:util',
        'type:ui',
      ],
    },
    {
      sourceTag: 'type:infra',
      onlyDependOnLibsWithTags: [
        ...also,
        'type:infra',
        'type:application',
        'type:domain',
        'type:contracts',
        'type:util',
      ],
    },
    {
      sourceTag: 'type:application',
      onlyDependOnLibsWithTags: [...also, 'type:application', 'type:domain', 'type:contracts', 'type:util'],
      bannedExternalImports: ['react', 'react-dom', 'kafkajs', 'pg', '@electric-sql/*', '@kurrent/*'],
    },
    {
      sourceTag: 'type:domain',
      onlyDependOnLibsWithTags: [...also, 'type:domain', 'type:util'],
      bannedExternalImports: infrastructurePackages,
    },
    {
      sourceTag: 'type:contracts',
      onlyDependOnLibsWithTags: [...also, 'type:contracts', 'type:util'],
      bannedExternalImports: infrastructurePackages,
    },
    {
      sourceTag: 'type:util',
      onlyDependOnLibsWithTags: [...also, 'type:util'],
      bannedExternalImports: infrastructurePackages,
    },
    { sourceTag: 'type:ui', onlyDependOnLibsWithTags: [...also, 'type:ui', 'type:contracts', 'type:util'] },
    {
      // End-to-end tests start whole apps.
      sourceTag: 'type:testing',
      onlyDependOnLibsWithTags: [
        ...also,
        'type:app',
        'type:testing',
        'type:infra',
        'type:application',
        'type:domain',
        'type:contracts',
        'type:util',
      ],
    },
    // Bounded contexts (scope:*): a context sees its own code, the shared kernel and other contexts'
    // public contracts (visibility:public), never their internals.
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: [...also, 'scope:shared'] },
    {
      sourceTag: 'scope:appeals',
      onlyDependOnLibsWithTags: [...also, 'scope:appeals', 'scope:shared', 'visibility:public'],
    },
    {
      sourceTag: 'scope:liaison',
      onlyDependOnLibsWithTags: [...also, 'scope:liaison', 'scope:shared', 'visibility:public'],
    },
    {
      sourceTag: 'scope:credit',
      onlyDependOnLibsWithTags: [...also, 'scope:credit', 'scope:shared', 'visibility:public'],
    },
    {
      sourceTag: 'scope:party-building',
      onlyDependOnLibsWithTags: [...also, 'scope:party-building', 'scope:shared', 'visibility:public'],
    },
    {
      sourceTag: 'scope:service-centre',
      onlyDependOnLibsWithTags: [...also, 'scope:service-centre', 'scope:shared', 'visibility:public'],
    },
    // Identity and the calendar are contexts like the others: what other contexts use of them is their
    // visibility:public libraries (identity's access face, the calendar's domain), nothing else.
    {
      sourceTag: 'scope:identity',
      onlyDependOnLibsWithTags: [...also, 'scope:identity', 'scope:shared', 'visibility:public'],
    },
    {
      sourceTag: 'scope:calendar',
      onlyDependOnLibsWithTags: [...also, 'scope:calendar', 'scope:shared', 'visibility:public'],
    },
    // Helpers for the screens (apps/kiosk, apps/console): no context depends on them.
    {
      sourceTag: 'scope:ui',
      onlyDependOnLibsWithTags: [...also, 'scope:ui', 'scope:shared', 'visibility:public'],
    },
  ];
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  // React apps: hooks rules and jsx-a11y (the kiosk is a public touch screen; accessibility is a requirement).
  ...nx.configs['flat/react'].map((config) => ({
    ...config,
    files: ['apps/kiosk/**/*.tsx', 'apps/console/**/*.tsx'],
  })),
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/coverage',
      'data',
      'tools/kafka/.cache',
      'test-results',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // End-to-end tests (tests/) start the one-process app; nothing else has a reason to import it.
          allow: ['@qinqing/apps/*'],
          depConstraints: depConstraints(false),
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/test-setup/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [
            '@qinqing/apps/*',
            // A context's integration tests run it the way the one-process app does: beside identity (to
            // sign in) and the calendar. Only tests; production code reaches them through their public libraries.
            '@qinqing/identity/service',
            '@qinqing/calendar/service',
          ],
          depConstraints: depConstraints(true),
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string-literal union instead of an enum (STYLE.md).',
        },
      ],
    },
  },
  {
    // Belt and braces for pure code: refused even before a package is installed (the Nx rule only sees
    // packages in the project graph).
    files: [
      'libs/*/domain/**/*.ts',
      'libs/*/contracts/**/*.ts',
      'libs/shared/domain-kernel/**/*.ts',
      'libs/shared/chinese-ids/**/*.ts',
      'libs/shared/contracts-kit/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: infrastructurePackages.flatMap((p) => (p.endsWith('/*') ? [p.slice(0, -2), p] : [p])),
              message:
                'Domain and contract code is pure: no framework, database, broker or UI imports (STYLE.md §2).',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the config modules read the environment (STYLE.md §8).
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.config.ts', '**/config/**', '**/*.spec.ts', '**/test-setup/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through the app config module.' },
      ],
    },
  },
  {
    // Build configuration may reach across projects (e.g. the shared alias helper in tools/).
    files: ['**/vite.config.mts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
