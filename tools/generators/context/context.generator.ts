import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { formatFiles, generateFiles, type GeneratorCallback, names, type Tree, updateJson } from '@nx/devkit';
import { addImport, appendToLiteral, listedPorts, listsContext } from './workspace-edits';

export interface ContextGeneratorOptions {
  /** kebab-case, e.g. "party-building". */
  readonly name: string;
  /** Its first aggregate, kebab-case; "record" by default. */
  readonly aggregate?: string;
  /** What its public topic carries, for the event catalogue. */
  readonly description?: string;
  readonly port?: number;
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/u;
/** Rooms that are not contexts, and contexts that live elsewhere (identity in the gateway). */
const RESERVED = new Set(['shared', 'platform', 'ui', 'apps', 'tools', 'tests', 'gateway', 'embedded']);

const REGISTRY = 'libs/platform/services/src/lib/platform-services.ts';
const EMBEDDED_APP = 'apps/embedded/src/app.module.ts';
const PUBLIC_EVENTS = 'tools/asyncapi/public-events.ts';
const ESLINT = 'eslint.config.mjs';

const read = (tree: Tree, path: string): string => {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: is this the 亲清 workspace?`);
  return text;
};

/**
 * `nx g @qinqing/tools:context <name>`: a bounded context laid out like appeals, and wired in everywhere a
 * context must be — libs/<name>/{domain,contracts,service} with their tags, a decider with its given/when/then
 * spec and properties, the public-events contract on qinqing.<name>.events.v1, the integration mapper, one
 * command slice, the Nest module in the one-process app, apps/<name>-service in the one list of services
 * (launcher, gateway, compose, topics, catalogue), the lint's scope, the import aliases, and an HTTP test of
 * the slice through the one-process app. docs/architecture.md says how to go on from there.
 */
export async function contextGenerator(
  tree: Tree,
  options: ContextGeneratorOptions,
): Promise<GeneratorCallback> {
  const name = options.name;
  const aggregate = options.aggregate ?? 'record';
  if (!KEBAB.test(name))
    throw new Error(`The context name must be kebab-case (e.g. party-building): ${name}`);
  if (!KEBAB.test(aggregate)) throw new Error(`The aggregate name must be kebab-case: ${aggregate}`);
  if (RESERVED.has(name)) throw new Error(`"${name}" is not a context name (libs/${name} has another role)`);
  if (tree.exists(`libs/${name}`)) throw new Error(`libs/${name} exists already`);
  const registry = read(tree, REGISTRY);
  if (listsContext(registry, name)) throw new Error(`${REGISTRY} already lists a service for ${name}`);

  const context = names(name);
  const root = names(aggregate);
  const port = options.port ?? Math.max(3100, ...listedPorts(registry)) + 1;
  const substitutions = {
    tmpl: '',
    name,
    className: context.className,
    propertyName: context.propertyName,
    constantName: context.constantName,
    database: name.replace(/-/gu, '_'),
    aggregate,
    aggregateClass: root.className,
    aggregateProperty: root.propertyName,
    aggregateConstant: root.constantName,
    port,
  };
  generateFiles(tree, join(__dirname, 'files'), '.', substitutions);

  // Import aliases (TypeScript, and vitest through tools/vitest/tsconfig-aliases.mts).
  updateJson(tree, 'tsconfig.base.json', (json: { compilerOptions: { paths: Record<string, string[]> } }) => {
    const paths = json.compilerOptions.paths;
    for (const layer of ['domain', 'contracts', 'service'])
      paths[`@qinqing/${name}/${layer}`] = [`libs/${name}/${layer}/src/index.ts`];
    paths[`@qinqing/apps/${name}-service`] = [`apps/${name}-service/src/index.ts`];
    return json;
  });

  // The one list of services: launcher, gateway, compose, public topics, catalogue.
  tree.write(
    REGISTRY,
    appendToLiteral(
      registry,
      'export const PLATFORM_SERVICES',
      [
        '  {',
        `    context: '${name}',`,
        `    name: '${name}-service',`,
        `    entry: 'apps/${name}-service/src/main.ts',`,
        `    port: ${port},`,
        `    database: '${substitutions.database}',`,
        `    routes: ['/api/${name}'],`,
        `    urlVariable: '${context.constantName}_SERVICE_URL',`,
        `    topic: 'qinqing.${name}.events.v1',`,
        `    topicDescription: ${JSON.stringify(options.description ?? `The ${name} context: its ${aggregate}s.`)},`,
        '  }',
      ].join('\n'),
      REGISTRY,
    ),
  );

  // The one-process app mounts every context module.
  let embedded = addImport(
    read(tree, EMBEDDED_APP),
    `import { ${context.className}Module } from '@qinqing/${name}/service';`,
  );
  embedded = appendToLiteral(embedded, 'imports:', `        ${context.className}Module`, EMBEDDED_APP);
  tree.write(EMBEDDED_APP, embedded);

  // The event catalogue's events for the new topic.
  let publicEvents = addImport(
    read(tree, PUBLIC_EVENTS),
    `import { ${context.constantName}_PUBLIC_EVENTS } from '@qinqing/${name}/contracts';`,
  );
  publicEvents = appendToLiteral(
    publicEvents,
    'export const PUBLIC_EVENTS',
    `  ${/-/u.test(name) ? `'${name}'` : name}: ${context.constantName}_PUBLIC_EVENTS`,
    PUBLIC_EVENTS,
  );
  tree.write(PUBLIC_EVENTS, publicEvents);

  // The lint's module boundaries: the context sees itself, the kernel and public libraries.
  const eslint = read(tree, ESLINT);
  if (!eslint.includes(`'scope:${name}'`)) {
    const anchor = '    // Helpers for the screens';
    if (!eslint.includes(anchor)) throw new Error(`${ESLINT}: cannot find where the scope constraints end`);
    tree.write(
      ESLINT,
      eslint.replace(
        anchor,
        [
          '    {',
          `      sourceTag: 'scope:${name}',`,
          `      onlyDependOnLibsWithTags: [...also, 'scope:${name}', 'scope:shared', 'visibility:public'],`,
          '    },',
          anchor,
        ].join('\n'),
      ),
    );
  }

  await formatFiles(tree);

  // Files generated from the list: docker-compose.yml, create-databases.sql and docs/asyncapi.json.
  return () => {
    for (const script of ['compose', 'docs:asyncapi'])
      execFileSync('npm', ['run', '--silent', script], { cwd: tree.root, stdio: 'inherit' });
  };
}

export default contextGenerator;
