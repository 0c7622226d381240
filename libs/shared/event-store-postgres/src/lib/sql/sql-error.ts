/** SQLSTATE 23505: a unique constraint or unique index refused the row. */
const UNIQUE_VIOLATION = '23505';

/** The constraint (or unique index) a unique violation names, from either pg's or PGlite's DatabaseError. */
export const uniqueViolationOf = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (code !== UNIQUE_VIOLATION) return null;
  return typeof constraint === 'string' ? constraint : '';
};

/**
 * Errors two sessions can get when both run `CREATE … IF NOT EXISTS` for the same object at once: the
 * loser hits the catalog's unique index (23505), or finds the object already there (42P07, 42710).
 */
export const isConcurrentCreateError = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return code === UNIQUE_VIOLATION || code === '42P07' || code === '42710';
};
