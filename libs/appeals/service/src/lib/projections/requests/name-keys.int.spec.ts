import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { requestsProjection } from './requests.projection';

/** Characters of enterprise names, upper-case Latin and one outside the Basic Multilingual Plane among them. */
const nameCharacter = fc.constantFrom(...'宁波市海曙区浙江有限公司科技集团AbC 1(𠀀)');
const name = fc.array(nameCharacter, { maxLength: 24 }).map((characters) => characters.join(''));

/** The rule, as text: every character of the lower-cased name and every pair of neighbouring characters. */
const gramsByRule = (text: string): string[] => {
  const characters = [...text.toLowerCase()];
  const pairs = characters.slice(1).map((c, i) => `${characters[i] ?? ''}${c}`);
  return [...new Set([...characters, ...pairs])];
};

/** A gram's key: a character's code point; a pair's (first + 1) × 2^21 + second. */
const keyOf = (gram: string): number => {
  const [first = 0, second] = [...gram].map((character) => character.codePointAt(0) ?? 0);
  return second === undefined ? first : (first + 1) * 2 ** 21 + second;
};

const keysByRule = (text: string): number[] =>
  gramsByRule(text)
    .map(keyOf)
    .sort((a, b) => a - b);

describeEachBackend('appeals_name_keys, what the name search looks up', (database) => {
  beforeAll(async () => {
    await requestsProjection.setup(database().db);
  });

  const keysOf = async (text: string | null): Promise<number[]> => {
    const [row] = (
      await database().db.query<{ keys: string[] }>('SELECT appeals_name_keys($1::text)::text[] AS keys', [
        text,
      ])
    ).rows;
    return [...new Set(row?.keys.map(Number))].sort((a, b) => a - b);
  };

  it('holds every character and every neighbouring pair of the lower-cased name, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (text) => {
        expect(await keysOf(text)).toEqual(keysByRule(text));
      }),
      { numRuns: 200 },
    );
    // 宁 U+5B81, 波 U+6CE2, a U+61, b U+62; a pair (first + 1) × 2^21 + second.
    const pair = (first: number, second: number): number => (first + 1) * 2097152 + second;
    expect(await keysOf('宁波AB')).toEqual(
      [0x61, 0x62, 0x5b81, 0x6ce2, pair(0x61, 0x62), pair(0x5b81, 0x6ce2), pair(0x6ce2, 0x61)].sort(
        (x, y) => x - y,
      ),
    );
    expect(await keysOf('𠀀')).toEqual([0x20000]);
    expect(await keysOf('')).toEqual([]);
    expect(await keysOf(null)).toEqual([]);
  });

  it('tells every character and pair apart: two names share as many keys as characters and pairs', async () => {
    await fc.assert(
      fc.asyncProperty(name, name, async (one, other) => {
        const [row] = (
          await database().db.query<{ shared: string }>(
            'SELECT cardinality(ARRAY(SELECT unnest(appeals_name_keys($1::text)) INTERSECT SELECT unnest(appeals_name_keys($2::text))))::text AS shared',
            [one, other],
          )
        ).rows;
        const sharedGrams = gramsByRule(one).filter((gram) => gramsByRule(other).includes(gram));
        expect(Number(row?.shared)).toBe(sharedGrams.length);
      }),
      { numRuns: 100 },
    );
  });

  it('asks a search for a single character’s key, or a longer fragment’s pairs only', async () => {
    const fragmentKeysOf = async (text: string): Promise<number[]> => {
      const [row] = (
        await database().db.query<{ keys: string[] }>(
          'SELECT appeals_name_fragment_keys($1::text)::text[] AS keys',
          [text],
        )
      ).rows;
      return [...new Set(row?.keys.map(Number))].sort((a, b) => a - b);
    };
    await fc.assert(
      fc.asyncProperty(name, async (text) => {
        const grams = gramsByRule(text);
        const asked = [...text].length <= 1 ? grams : grams.filter((gram) => [...gram].length === 2);
        expect(await fragmentKeysOf(text)).toEqual(asked.map(keyOf).sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });

  it('finds a stored name by any part of it, in any case (the search asks for the part’s keys)', async () => {
    const { db } = database();
    await fc.assert(
      fc.asyncProperty(
        name.filter((text) => text.length > 0),
        fc.nat(),
        fc.nat(),
        async (text, from, length) => {
          const characters = [...text];
          const start = from % characters.length;
          const part = characters.slice(start, start + 1 + (length % (characters.length - start))).join('');
          const [row] = (
            await db.query<{ found: boolean }>(
              'SELECT appeals_name_keys($1::text) @> appeals_name_fragment_keys($2::text) AS found',
              [text, part.toUpperCase()],
            )
          ).rows;
          expect(row?.found).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
