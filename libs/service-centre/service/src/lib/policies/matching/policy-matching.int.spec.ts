import { keepImposed, setupRestrictionsReplica } from '@qinqing/credit/replica';
import {
  type DirectoryEntry,
  ENTERPRISE_SIZES,
  ENTERPRISE_TAGS,
  explainMatch,
  type PolicyCriteria,
} from '@qinqing/service-centre/domain';
import { roundsByKey, type SqlExecutor } from '@qinqing/shared/event-sourcing';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import fc from 'fast-check';
import { inRolledBackTransaction } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRegistered, matchArrival } from '../../../test-setup/one-arrival';
import { DIRECTORY_REPLICA_DDL } from '../directory/directory-replica.table';
import { POLICIES_DDL } from '../projection/policies.projection';
import { matchArrivals } from './enterprise-arrivals';
import { excludeRestricted, readmitLifted } from './restriction-changes';
import {
  areaName,
  callListPage,
  matchDirectory,
  previewMatches,
  RESTRICTIONS_TABLE,
} from './policy-matching.sql';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const AREAS = [
  '330203',
  '330203102',
  '330203004',
  '330205',
  '330212',
  '330212001',
  '330281',
  '331002',
  '320506',
];
const INDUSTRIES = ['C3491', 'C3511', 'C3512', 'C1811', 'I6510', 'I6513', 'F5123', 'E4710', 'H6210'];
const AREA_CRITERIA = ['330000', '330200', '331000', '330203', '330203102', '330212', '320500'];
const INDUSTRY_CRITERIA = ['C', 'C35', 'C351', 'C3491', 'I', 'I65', 'F51', 'A'];

const criteriaArb = fc.record<PolicyCriteria>({
  industries: fc.uniqueArray(fc.constantFrom(...INDUSTRY_CRITERIA), { maxLength: 3 }),
  sizes: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_SIZES), { maxLength: 2 }),
  areas: fc.uniqueArray(fc.constantFrom(...AREA_CRITERIA), { maxLength: 3 }),
  tags: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_TAGS), { maxLength: 2 }),
});

const code = (i: number) => `91330203MA${String(i).padStart(7, '0')}X`;

/** A generated directory of 400 entries (seeded: the same every run) and every fifth one restricted. */
const directory: DirectoryEntry[] = fc
  .sample(
    fc.record({
      industry: fc.constantFrom(...INDUSTRIES),
      size: fc.option(fc.constantFrom(...ENTERPRISE_SIZES), { nil: null }),
      areaCode: fc.constantFrom(...AREAS),
      tags: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_TAGS), { maxLength: 2 }),
    }),
    { numRuns: 400, seed: 20261203 },
  )
  .map((e, i) => ({ ...e, creditCode: code(i), name: `宁波测试企业${i}有限公司` }));
const restricted = new Set(directory.filter((_, i) => i % 5 === 0).map((e) => e.creditCode));
const TODAY = '2026-12-03';

const restrict = (tx: SqlExecutor, creditCode: string) =>
  keepImposed(tx, RESTRICTIONS_TABLE, {
    restrictionId: `r-${creditCode}`,
    documentNumber: `甬市监罚〔2026〕${creditCode.slice(-5, -1)}号`,
    creditCode,
    kind: 'administrative-penalty',
    severity: 'serious',
    purposes: ['honours', 'policy-benefits'],
    startsOn: '2026-01-01',
    endsOn: '2028-12-31',
    issuingAuthority: '宁波市市场监督管理局',
    rule: 'serious-dishonesty-restrictions',
    ruleSource: { zh: '国办发〔2020〕49号', en: 'General Office 〔2020〕49' },
  });

describe('policy matching in SQL agrees with the pure predicate (PGlite)', () => {
  let db: PgliteDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
    for (const statement of [...DIRECTORY_REPLICA_DDL, ...POLICIES_DDL]) await db.query(statement);
    await setupRestrictionsReplica(db, RESTRICTIONS_TABLE);
    await db.transaction(async (tx) => {
      for (const entry of directory) await keepRegistered(tx, entry, '2026-01-01T00:00:00Z');
      for (const creditCode of restricted) await restrict(tx, creditCode);
    });
  });
  afterAll(() => db.close());

  it('selects exactly the entries explainMatch explains, and excludes exactly the restricted ones', async () => {
    let policy = 0;
    await fc.assert(
      fc.asyncProperty(criteriaArb, async (criteria) => {
        const expected = directory.filter((e) => explainMatch(criteria, e, areaName) !== null);
        const offered = expected.filter((e) => !restricted.has(e.creditCode));
        const preview = await previewMatches(db, criteria, TODAY, 500);
        expect(preview.matched).toBe(offered.length);
        expect(preview.excluded).toBe(expected.length - offered.length);
        expect(preview.firstMatches.map((m) => m.creditCode)).toEqual(
          offered.map((e) => e.creditCode).sort(),
        );
        for (const m of preview.firstMatches)
          expect(m.explanation).toEqual(
            explainMatch(
              criteria,
              directory.find((e) => e.creditCode === m.creditCode) as DirectoryEntry,
              areaName,
            )?.text,
          );
        for (const m of preview.firstExclusions)
          expect(m.exclusion?.reason.zh).toContain(m.exclusion?.documentNumber);

        const policyId = `p-${policy++}`;
        const counts = await db.transaction((tx) =>
          matchDirectory(tx, policyId, criteria, TODAY, `${TODAY}T02:00:00Z`),
        );
        expect(counts).toEqual({ matched: offered.length, excluded: expected.length - offered.length });
        const page = await callListPage(db, policyId, criteria, false, '', 100);
        expect(page.items.map((m) => m.creditCode)).toEqual(
          offered
            .map((e) => e.creditCode)
            .sort()
            .slice(0, 100),
        );
      }),
      { numRuns: 40, seed: 4754 },
    );
  });

  it('matches an enterprise that arrives after publication, and names the record that excludes one', async () => {
    const criteria: PolicyCriteria = { industries: ['C35'], sizes: ['medium'], areas: ['330203'], tags: [] };
    await db.query(
      `INSERT INTO service_centre_policies (policy_id, title, issuing_body, document_number, effective_on, expires_on,
         summary, full_text, benefits, criteria, status, published_on, matched_count, excluded_count, updated_at)
       VALUES ('late', 't', 'b', 'n', '2026-01-01', NULL, 's', 'f', '[]', $1, 'published', $2, 0, 0, now())`,
      [JSON.stringify(criteria), TODAY],
    );
    const arrival: DirectoryEntry = {
      creditCode: '91330203MA2H5K7P7A',
      name: '宁波海曙甬创智能制造有限公司',
      industry: 'C3511',
      size: 'medium',
      areaCode: '330203102',
      tags: [],
    };
    await db.transaction(async (tx) => {
      await keepRegistered(tx, arrival, '2026-12-03T01:00:00Z');
      expect(await matchArrival(tx, arrival, TODAY, '2026-12-03T01:00:00Z')).toEqual({
        matched: 1,
        newlyOffered: ['late'],
      });
    });
    const page = await callListPage(db, 'late', criteria, false, '91330203MA2H5K7P79', 10);
    expect(page.items[0]).toMatchObject({
      creditCode: arrival.creditCode,
      explanation: { zh: '制造业 C35 · 中型 · 海曙区 330203' },
      exclusion: null,
    });
    // A correction that keeps it in the criteria offers it nothing new: it is not told twice.
    expect(
      await db.transaction((tx) =>
        matchArrival(tx, { ...arrival, name: '宁波海曙甬创智能装备有限公司' }, TODAY, '2026-12-03T01:30:00Z'),
      ),
    ).toEqual({ matched: 1, newlyOffered: [] });
    // A correction that takes it out of the criteria takes the policy out of its box.
    await db.transaction((tx) =>
      matchArrival(tx, { ...arrival, size: 'large' }, TODAY, '2026-12-03T02:00:00Z'),
    );
    const { rows } = await db.query<{ matched_count: number }>(
      `SELECT matched_count FROM service_centre_policies WHERE policy_id = 'late'`,
    );
    expect(rows[0]?.matched_count).toBe(0);
    // An enterprise under a restriction on policy benefits arrives: it is matched, and left out naming the record.
    const barred = { ...arrival, creditCode: '91330203MA2H5K7Q8B', name: '宁波海曙某机械有限公司' };
    await db.transaction(async (tx) => {
      await keepRegistered(tx, barred, '2026-12-03T03:00:00Z');
      await restrict(tx, barred.creditCode);
      // Matched but excluded: offered nothing, so told nothing.
      expect(await matchArrival(tx, barred, TODAY, '2026-12-03T03:00:00Z')).toEqual({
        matched: 1,
        newlyOffered: [],
      });
    });
    const excluded = await callListPage(db, 'late', criteria, true, '', 10);
    expect(excluded.items).toEqual([
      expect.objectContaining({
        creditCode: barred.creditCode,
        exclusion: expect.objectContaining({
          documentNumber: `甬市监罚〔2026〕${barred.creditCode.slice(-5, -1)}号`,
          reason: expect.objectContaining({ zh: expect.stringContaining('限制享受优惠政策') }),
        }),
      }),
    ]);
  });

  it('excludes matches when a restriction comes later, and readmits them on its lift unless another holds', async () => {
    const criteria: PolicyCriteria = { industries: ['C35'], sizes: ['medium'], areas: ['330203'], tags: [] };
    const offered = async () =>
      (await callListPage(db, 'late', criteria, false, '', 100)).items.map((m) => m.creditCode);
    const code = '91330203MA2H5K7P7A';
    await db.transaction((tx) =>
      matchArrival(
        tx,
        {
          creditCode: code,
          name: '甬创',
          industry: 'C3511',
          size: 'medium',
          areaCode: '330203102',
          tags: [],
        },
        TODAY,
        `${TODAY}T04:00:00Z`,
      ),
    );
    expect(await offered()).toContain(code);
    const later = (id: string) => ({
      restrictionId: id,
      creditCode: code,
      documentNumber: `甬市监罚〔2026〕${id}号`,
      kind: 'administrative-penalty',
      issuingAuthority: '宁波市市场监督管理局',
      startsOn: '2026-12-01',
      endsOn: '2029-11-30',
    });
    await db.transaction(async (tx) => {
      await excludeRestricted(tx, later('later-1'), TODAY);
    });
    expect(await offered()).not.toContain(code);
    // A second restriction, in the replica: lifting the first does not readmit.
    await db.transaction(async (tx) => {
      await keepImposed(tx, RESTRICTIONS_TABLE, {
        ...later('later-2'),
        severity: 'serious',
        kind: 'administrative-penalty',
        purposes: ['policy-benefits'],
        rule: 'serious-dishonesty-restrictions',
        ruleSource: { zh: '国办发〔2020〕49号', en: 'General Office 〔2020〕49' },
      });
      await readmitLifted(tx, 'later-1', TODAY);
    });
    expect(await offered()).not.toContain(code);
    await db.query(`UPDATE ${RESTRICTIONS_TABLE} SET lifted_on = $1 WHERE restriction_id = 'later-2'`, [
      '2026-12-02',
    ]);
    await db.query(
      `UPDATE service_centre_policy_matches SET restriction_id = 'later-2' WHERE credit_code = $1 AND policy_id = 'late'`,
      [code],
    );
    await db.transaction((tx) => readmitLifted(tx, 'later-2', TODAY));
    expect(await offered()).toContain(code);
  });

  it('a batch of arrivals matches, counts and offers what matching them one by one does', async () => {
    // The first eight entries of the directory (the first and sixth restricted), arriving with new facts.
    const arrivalArb = fc.record({
      at: fc.nat({ max: 7 }),
      industry: fc.constantFrom(...INDUSTRIES),
      size: fc.option(fc.constantFrom(...ENTERPRISE_SIZES), { nil: null }),
      areaCode: fc.constantFrom(...AREAS),
      tags: fc.uniqueArray(fc.constantFrom(...ENTERPRISE_TAGS), { maxLength: 2 }),
    });
    const arrivalsOf = (generated: readonly { at: number }[]): DirectoryEntry[] =>
      generated.map(({ at, ...facts }) => ({ ...(directory[at] as DirectoryEntry), ...facts }));
    const state = async (tx: SqlExecutor) => ({
      matches: (
        await tx.query(
          `SELECT policy_id, credit_code, enterprise_name, industry, size, area_code, tags, restriction_id,
                  restriction_document_number, restriction_ends_on
           FROM service_centre_policy_matches WHERE policy_id LIKE 'q-%' ORDER BY policy_id, credit_code`,
        )
      ).rows,
      counts: (
        await tx.query(
          `SELECT policy_id, matched_count, excluded_count FROM service_centre_policies
           WHERE policy_id LIKE 'q-%' ORDER BY policy_id`,
        )
      ).rows,
    });
    /** Publishes the policies, lets `before` arrive one by one, then `work`; answers what it saw, rolled back. */
    const run = (
      criteria: readonly PolicyCriteria[],
      before: readonly DirectoryEntry[],
      work: (tx: SqlExecutor) => Promise<Record<string, readonly string[]>>,
    ) =>
      inRolledBackTransaction(db, async (tx) => {
        for (const [i, c] of criteria.entries())
          await tx.query(
            `INSERT INTO service_centre_policies (policy_id, title, issuing_body, document_number, effective_on,
               expires_on, summary, full_text, benefits, criteria, status, published_on, matched_count,
               excluded_count, updated_at)
             VALUES ($1, 't', 'b', 'n', '2026-01-01', NULL, 's', 'f', '[]', $2, 'published', $3, 0, 0, now())`,
            [`q-${i}`, JSON.stringify(c), TODAY],
          );
        for (const entry of before) await matchArrival(tx, entry, TODAY, `${TODAY}T05:00:00Z`);
        const offered = await work(tx);
        return { offered, ...(await state(tx)) };
      });
    await fc.assert(
      fc.asyncProperty(
        fc.array(criteriaArb, { minLength: 1, maxLength: 3 }),
        fc.array(arrivalArb, { maxLength: 6 }),
        fc.array(arrivalArb, { minLength: 1, maxLength: 10 }),
        async (criteria, before, arrivals) => {
          const entries = arrivalsOf(arrivals);
          const together = await run(criteria, arrivalsOf(before), async (tx) => {
            const offered: Record<string, string[]> = {};
            for (const round of roundsByKey(entries, (e) => e.creditCode))
              for (const [creditCode, m] of await matchArrivals(tx, round, TODAY, `${TODAY}T06:00:00Z`))
                offered[creditCode] = [...(offered[creditCode] ?? []), ...m.newlyOffered];
            return offered;
          });
          const oneByOne = await run(criteria, arrivalsOf(before), async (tx) => {
            const offered: Record<string, string[]> = {};
            for (const entry of entries) {
              const m = await matchArrival(tx, entry, TODAY, `${TODAY}T06:00:00Z`);
              offered[entry.creditCode] = [...(offered[entry.creditCode] ?? []), ...m.newlyOffered];
            }
            return offered;
          });
          expect(together).toEqual(oneByOne);
        },
      ),
      { numRuns: 40, seed: 20261206 },
    );
  });
});
