import { describeEachBackend } from '@qinqing/shared/event-store-postgres/testing';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { requestsProjection } from './requests.projection';

/** Characters of enterprise names, upper-case Latin and one outside the Basic Multilingual Plane among them. */
const nameCharacter = fc.constantFrom(...'宁波市海曙区浙江有限公司科技集团AbC 1(𠀀)');
const name = fc.array(nameCharacter, { maxLength: 24 }).map((characters) => characters.join(''));

/** The rule: every character of the lower-cased name and every pair of neighbouring characters. */
const gramsByRule = (text: string): string[] => {
  const characters = [...text.toLowerCase()];
  const pairs = characters.slice(1).map((c, i) => `${characters[i] ?? ''}${c}`);
  return [...new Set([...characters, ...pairs])].sort();
};

describeEachBackend('appeals_name_grams, what the name search looks up', (database) => {
  beforeAll(async () => {
    await requestsProjection.setup(database().db);
  });

  const gramsOf = async (text: string | null): Promise<string[]> => {
    const [row] = (
      await database().db.query<{ grams: string[] }>('SELECT appeals_name_grams($1::text) AS grams', [text])
    ).rows;
    return [...new Set(row?.grams)].sort();
  };

  it('holds every character and every neighbouring pair of the lower-cased name, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(name, async (text) => {
        expect(await gramsOf(text)).toEqual(gramsByRule(text));
      }),
      { numRuns: 200 },
    );
    expect(await gramsOf('宁波AB')).toEqual(['a', 'ab', 'b', '宁', '宁波', '波', '波a'].sort());
    expect(await gramsOf('')).toEqual([]);
    expect(await gramsOf(null)).toEqual([]);
  });

  it('finds a stored name by any part of it (the search asks for the part’s grams)', async () => {
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
            await db.query<{ found: boolean }>('SELECT appeals_name_grams($1::text) @> $2::text[] AS found', [
              text,
              gramsByRule(part),
            ])
          ).rows;
          expect(row?.found).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
