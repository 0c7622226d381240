/**
 * Splits items into rounds in which each key appears at most once: an item goes to the round after its key's
 * previous one, so each key's items keep their order across rounds. A batch of events of many enterprises
 * becomes one set-based statement per round (usually one: a catch-up brings each enterprise once or twice), with
 * the effect of applying the events one by one — items of different keys do not affect each other.
 */
export const roundsByKey = <T>(items: readonly T[], keyOf: (item: T) => string): T[][] => {
  const rounds: T[][] = [];
  const nextRound = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    const round = nextRound.get(key) ?? 0;
    nextRound.set(key, round + 1);
    (rounds[round] ??= []).push(item);
  }
  return rounds;
};
