import { foldEvents } from '@qinqing/shared/domain-kernel';
import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATIVE_LIST_VERSIONS } from './negative-list-catalogue.data';
import {
  adoptionInForceAt,
  type AdoptNegativeListVersion,
  classifyAgainst,
  negativeListAdoptionDecider,
} from './negative-list-adoption.decide';
import type { NegativeListVersionAdopted } from './negative-list-adoption.events';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(negativeListAdoptionDecider, { now });
const [v1] = NEGATIVE_LIST_VERSIONS;
const list = (id: string) => v1?.lists.find((l) => l.listId === id);

const adopt: AdoptNegativeListVersion = {
  type: 'AdoptNegativeListVersion',
  jurisdiction: '610902',
  version: '2026.1',
  listIds: ['hengkou-officials-ten', 'hengkou-enterprises-seven'],
  reason: '采用本区工作措施',
  adoptedBy: 'admin-1',
};
const adopted: NegativeListVersionAdopted = {
  type: 'NegativeListVersionAdopted',
  data: {
    jurisdiction: '610902',
    version: '2026.1',
    listIds: ['hengkou-enterprises-seven', 'hengkou-officials-ten'],
    reason: '采用本区工作措施',
    adoptedBy: 'admin-1',
    adoptedAt: now.toISOString(),
  },
};

describe('the negative-list catalogue, as transcribed from the seeds', () => {
  it.each([
    ['kunshan-officials', 'official', 8],
    ['kunshan-enterprises', 'enterprise', 6],
    ['jinjiang-officials', 'official', 7],
    ['hengkou-officials-ten', 'official', 10],
    ['hengkou-enterprises-seven', 'enterprise', 7],
    ['hengkou-investment-promotion-ten', 'official', 10],
  ] as const)('%s holds the %s list with all its %i items, each citing its clause', (id, subject, count) => {
    const found = list(id);
    expect(found?.subject).toBe(subject);
    expect(found?.completeness).toBe('complete');
    expect(found?.declaredCount).toBe(count);
    expect(found?.items).toHaveLength(count);
    found?.items.forEach((item, i) => {
      expect(item.code).toBe(`${found.code}.${i + 1}`);
      expect(item.source.clause.startsWith(found.source.clause)).toBe(true);
      expect(item.text).not.toMatch(/\s/u);
    });
  });

  it('keeps the sources’ words: Kunshan 五(5)(5) on shareholdings, Hengkou 三(七) 10 on false figures', () => {
    expect(list('kunshan-officials')?.items[4]?.text).toBe(
      '以本人及配偶、子女和其他特定关系人名义参股或者持有非上市企业的股份或者证券。',
    );
    expect(list('hengkou-investment-promotion-ten')?.items[9]?.text).toBe('严禁虚报招商引资数据。');
  });

  it('never invents the Ningbo items the report does not spell out, and says so', () => {
    const six = list('ningbo-officials-six');
    expect(six).toMatchObject({ declaredCount: 6, completeness: 'named-only', items: [] });
    expect(six?.note?.zh).toContain('未列出');
    expect(list('ningbo-enterprises-seven')).toMatchObject({ declaredCount: 7, completeness: 'partial' });
  });

  it('has unique codes across every list of a version', () => {
    for (const version of NEGATIVE_LIST_VERSIONS) {
      const codes = version.lists.flatMap((l) => [l.code, ...l.items.map((i) => i.code)]);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });
});

describe('a jurisdiction adopting a catalogue version', () => {
  it('records the version and the chosen lists, sorted and without repeats', () => {
    given([])
      .when({ ...adopt, listIds: [...adopt.listIds, 'hengkou-officials-ten'] })
      .then([adopted]);
  });

  it('refuses an unknown version, naming the field and the rule', () => {
    given([])
      .when({ ...adopt, version: '2019.9' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({
          code: 'unknown-catalogue-version',
          field: 'version',
          kind: 'validation',
        });
        expect(error.rule?.rule).toBe('negative-lists');
        expect(error.message.zh).toContain('负面清单');
      });
  });

  it('refuses an unknown list, no list, no reason and a malformed jurisdiction', () => {
    given([])
      .when({ ...adopt, listIds: ['no-such-list'] })
      .thenRejects('unknown-negative-list', 'validation');
    given([])
      .when({ ...adopt, listIds: [] })
      .thenRejects('no-negative-list-chosen');
    given([])
      .when({ ...adopt, reason: '  ' })
      .thenRejects('reason-required');
    given([])
      .when({ ...adopt, jurisdiction: 'Qing Dao' })
      .thenRejects('invalid-jurisdiction');
  });

  it('refuses adopting what is in force already (409), and takes another selection', () => {
    given([adopted]).when(adopt).thenRejects('version-already-adopted', 'conflict');
    given([adopted])
      .when({ ...adopt, listIds: ['hengkou-investment-promotion-ten'] })
      .thenEvents((events) => expect(events[0]?.data.listIds).toEqual(['hengkou-investment-promotion-ten']));
  });
});

describe('classifying a record against the adoption in force', () => {
  const later = {
    ...adopted,
    data: { ...adopted.data, listIds: ['kunshan-officials'], adoptedAt: '2027-03-01T00:00:00.000Z' },
  };
  const state = foldEvents(negativeListAdoptionDecider, [adopted, later]);

  it('uses the adoption in force when the facts happened', () => {
    const before = adoptionInForceAt(state, '2027-01-15T00:00:00.000Z');
    expect(classifyAgainst(before, 'H.3.5.2')?.item.text).toContain('不准由企业报销');
    expect(classifyAgainst(before, 'K.5.5.1')).toBeNull();
    const after = adoptionInForceAt(state, '2027-06-01T00:00:00.000Z');
    expect(classifyAgainst(after, 'K.5.5.1')?.list.code).toBe('K.5.5');
    expect(classifyAgainst(after, 'H.3.5.2')).toBeNull();
    expect(adoptionInForceAt(state, '2026-01-01T00:00:00.000Z')).toBeNull();
  });

  it('classifies an item exactly when its list is among those adopted (any selection)', () => {
    const lists = v1?.lists ?? [];
    fc.assert(
      fc.property(
        fc.subarray(
          lists.map((l) => l.listId),
          { minLength: 1 },
        ),
        (listIds) => {
          const adoption = { version: '2026.1', listIds, adoptedAt: now.toISOString() };
          for (const l of lists) {
            for (const item of l.items) {
              expect(classifyAgainst(adoption, item.code) !== null).toBe(listIds.includes(l.listId));
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
