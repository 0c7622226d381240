/**
 * Keeps `keepStart` leading and `keepEnd` trailing characters and replaces every other one with `*`, so the
 * length is kept. When the value is too short to hide anything between the kept ends, everything is hidden.
 */
export const maskMiddle = (value: string, keepStart: number, keepEnd: number): string => {
  const characters = [...value];
  if (characters.length <= keepStart + keepEnd) return '*'.repeat(characters.length);
  return [
    ...characters.slice(0, keepStart),
    ...characters.slice(keepStart, characters.length - keepEnd).map(() => '*'),
    ...characters.slice(characters.length - keepEnd),
  ].join('');
};
