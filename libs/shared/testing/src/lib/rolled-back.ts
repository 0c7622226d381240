import type { SqlDatabase, SqlExecutor } from '@qinqing/shared/event-sourcing';

const ROLLED_BACK = new Error('rolled back on purpose');

/**
 * What `work` answers, run in a transaction that is then rolled back: every run of a property starts from the same
 * tables, and two ways of applying the same events (a batch, one by one) are compared on what they leave.
 */
export const inRolledBackTransaction = async <T>(
  db: SqlDatabase,
  work: (tx: SqlExecutor) => Promise<T>,
): Promise<T> => {
  let seen: { readonly value: T } | null = null;
  await db
    .transaction(async (tx) => {
      seen = { value: await work(tx) };
      throw ROLLED_BACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLED_BACK) throw error;
    });
  if (seen === null) throw new Error('The rolled-back work answered nothing');
  return (seen as { readonly value: T }).value;
};
