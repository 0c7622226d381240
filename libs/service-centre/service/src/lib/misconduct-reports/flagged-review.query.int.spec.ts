import { FLAG_SECTIONS, flagPageQuery, type FlagSection } from '@qinqing/service-centre/contracts';
import { PgliteDatabase } from '@qinqing/shared/event-store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_REPLICA_DDL } from '../policies/directory/directory-replica.table';
import { readFlagSection } from './flagged-review.query';
import { OFFICIAL_ACTIVITY_DDL } from './official-activity.tables';
import { openTestPglite } from '@qinqing/shared/event-store-postgres/testing';

const ZHOU = 'official-zhou';
const CODE = '91330203MA2H5K7P7A';
/** Five rows per section, two of them on the same day or instant, so a page boundary falls inside a tie. */
const DAYS = ['2026-03-01', '2026-02-01', '2026-02-01', '2025-12-31', '2025-10-06'];
const INSTANTS = [
  '2026-03-01T08:00:00.000Z',
  '2026-02-01T01:02:03.456Z',
  '2026-02-01T01:02:03.456Z',
  '2025-12-31T23:59:59.999Z',
  '2025-10-06T00:00:00.000Z',
];

const idOf = (section: FlagSection, item: unknown): string => {
  const row = item as Record<string, string>;
  const key = {
    pairings: 'pairingId',
    requests: 'requestId',
    filings: 'filingId',
    approvals: 'approvalId',
    'handled-requests': 'requestId',
  }[section];
  return row[key] ?? '';
};

/**
 * The flagged review's keyset pages against PostgreSQL (PGlite): page by page, every section gives exactly its
 * one long page, and every `next` it hands out is a cursor its own query schema accepts.
 */
describe('flagged review sections, page by page (PGlite)', () => {
  let db: PgliteDatabase;

  beforeAll(async () => {
    db = await openTestPglite();
    for (const statement of [...OFFICIAL_ACTIVITY_DDL, ...DIRECTORY_REPLICA_DDL]) await db.query(statement);
    for (const [i, day] of DAYS.entries()) {
      await db.query(
        `INSERT INTO service_centre_official_pairings VALUES ($1, $2, 'unit', $3, '甬创', 'key-backbone', $4, NULL)`,
        [`pairing-${i}`, ZHOU, CODE, day],
      );
      await db.query(
        `INSERT INTO service_centre_official_requests VALUES ($1, 'pairing-0', $2, $3, '甬创', '用电', $4, 'raised')`,
        [`visit-request-${i}`, ZHOU, CODE, day],
      );
    }
    for (const [i, at] of INSTANTS.entries()) {
      await db.query(
        `INSERT INTO service_centre_filings VALUES ($1, 'symposium', 'enterprise', $2, '2026-01-05', 'approved',
           NULL, NULL, NULL)`,
        [`filing-${i}`, [CODE]],
      );
      await db.query(`INSERT INTO service_centre_official_filings VALUES ($1, $2, 'filed', $3)`, [
        ZHOU,
        `filing-${i}`,
        at,
      ]);
      await db.query(
        `INSERT INTO service_centre_request_enterprises VALUES ($1, $2, '甬创', 'utilities', $3)`,
        [`request-${i}`, CODE, at],
      );
      await db.query(
        `INSERT INTO service_centre_official_request_approvals VALUES ($1, $2, $3, 'extension-approved', $4)`,
        [`approval-${i}`, ZHOU, `request-${i}`, at],
      );
      await db.query(
        `INSERT INTO service_centre_official_handled_requests VALUES ($1, $2, ARRAY['accepted'], $3, $3)`,
        [ZHOU, `request-${i}`, at],
      );
    }
  });
  afterAll(() => db.close());

  it.each(FLAG_SECTIONS)('pages %s one and two at a time through every row, once each', async (section) => {
    const whole = await readFlagSection(db, section, ZHOU, { limit: 100 });
    expect(whole.items).toHaveLength(5);
    expect(whole.next).toBeNull();
    for (const limit of [1, 2]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const query = flagPageQuery.parse(after === undefined ? { limit: `${limit}` } : { after, limit });
        const page = await readFlagSection(db, section, ZHOU, query);
        seen.push(...page.items.map((item) => idOf(section, item)));
        if (page.next === null) break;
        // The cursor handed out is one the route accepts.
        expect(flagPageQuery.safeParse({ after: page.next }).success).toBe(true);
        after = page.next;
      }
      expect(seen).toEqual(whole.items.map((item) => idOf(section, item)));
    }
  });
});
