import type { z } from 'zod';

/** Start-up refuses to run on a bad environment and names every offending variable. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}\n` +
        'See .env.example for every variable and its default.',
    );
  }
}

/** Validates the environment against an app's schema: the one place an app reads `process.env`. */
export const loadConfig = <Schema extends z.ZodType>(
  schema: Schema,
  env: Readonly<Record<string, string | undefined>>,
): z.infer<Schema> => {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => ({
      variable: issue.path.length > 0 ? issue.path.map(String).join('.') : '(environment)',
      message: issue.message,
    })),
  );
};
