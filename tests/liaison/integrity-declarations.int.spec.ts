import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import {
  type Browser,
  createStaff,
  type FieldErrors,
  logIn,
  type StaffAccount,
} from './support/liaison-actors';

const ENTERPRISE = '91350100M000100Y43';
const OTHER = '91350582MA21111143';
/** The GB 11643 standard's own example number (a valid check character), never a real person's. */
const ID_NUMBER = '11010519491231002X';

interface Declarations {
  relations: { relationId: string; idNumberMasked: string; name: string; ties: { creditCode: string }[] }[];
  recusals: { origin: string; enterpriseCreditCode: string }[];
}

/** Conflicts of interest and recusal (晋江 四) over HTTP, and the filing approval they block. */
describe('liaison: declarations, conflicts and recusal', () => {
  let server: EmbeddedTestServer;
  let admin: Browser;
  let official: StaffAccount;
  let superior: StaffAccount;
  let supervisor: Browser;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-09-20T04:00:00.000Z')) });
    admin = await logIn(server.baseUrl, 'admin');
    official = await createStaff(admin, 'official.wu', 'leading-official', '吴涛');
    superior = await createStaff(admin, 'official.zheng', 'leading-official', '郑华');
    supervisor = await logIn(server.baseUrl, 'supervisor.chen');
    await expectStatus(
      'register the official with a superior',
      admin.post('/api/liaison/officials', {
        accountId: official.accountId,
        name: '吴涛',
        unitId: 'dept-taxation',
        superiorAccountId: superior.accountId,
      }),
      201,
    );
  });
  afterAll(() => server.close());

  const declareSpouse = () =>
    expectStatus<{ relationId: string }>(
      'declare',
      official.browser.post('/api/liaison/declarations/relations', {
        relation: 'spouse',
        name: '林丽',
        idNumber: ID_NUMBER.toLowerCase(),
        ties: [{ creditCode: ENTERPRISE, kind: 'shareholding', detail: '持股 5%' }],
      }),
      201,
    );

  it('keeps the ID number masked for every viewer, and nowhere in clear in the store', async () => {
    await declareSpouse();
    const mine = await expectStatus<Declarations>(
      'mine',
      official.browser.get('/api/liaison/declarations/mine'),
      200,
    );
    expect(mine.relations[0]).toMatchObject({ name: '林丽', idNumberMasked: '110105********002X' });
    const seen = await expectStatus<Declarations>(
      'supervisor',
      supervisor.get(`/api/liaison/officials/${official.accountId}/declarations`),
      200,
    );
    expect(JSON.stringify(seen)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(seen)).not.toContain('hmac');
    const db = server.app.get<SqlDatabase>(SQL_DATABASE);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_catalog.pg_tables WHERE tablename LIKE '%event%'`,
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
    const tables = await db.query<{ tablename: string }>(
      `SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'`,
    );
    for (const { tablename } of tables.rows) {
      const dump = await db.query(`SELECT * FROM "${tablename}"`);
      expect(
        JSON.stringify(dump.rows, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      ).not.toContain(ID_NUMBER.slice(6, 14));
    }
  });

  it('refuses an invalid ID number, naming the field, and stores nothing', async () => {
    const bad = await expectStatus<FieldErrors>(
      'bad id',
      official.browser.post('/api/liaison/declarations/relations', {
        relation: 'child',
        name: '吴小',
        idNumber: '110105194912310021',
        ties: [],
      }),
      400,
    );
    expect(bad.fields?.map((f) => f.field)).toContain('idNumber');
  });

  it('blocks the approval of a filing touching a declared relation, naming the recusal; withdrawing unblocks', async () => {
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file',
      official.browser.post('/api/liaison/interaction-filings', {
        activityKind: 'celebration',
        organiser: { kind: 'chamber', name: '福州市机械商会' },
        enterpriseCreditCodes: [OTHER, ENTERPRISE],
        title: '商会成立十周年庆典',
        purpose: '应邀出席',
        eventDate: '2026-09-28',
      }),
      201,
    );
    const blocked = await expectStatus<FieldErrors & { rule?: { rule: string } }>(
      'blocked',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      409,
    );
    expect(blocked.error).toBe('conflict-of-interest');
    expect(blocked.rule?.rule).toBe('recusal');
    expect(blocked.message?.zh).toContain('回避');
    expect(blocked.message?.zh).toContain(ENTERPRISE);
    expect(JSON.stringify(blocked)).not.toContain('林丽');

    const mine = await expectStatus<Declarations>(
      'mine',
      official.browser.get('/api/liaison/declarations/mine'),
      200,
    );
    for (const relation of mine.relations) {
      await expectStatus(
        'withdraw',
        official.browser.post(`/api/liaison/declarations/relations/${relation.relationId}/withdraw`, {
          reason: '已转让股份',
        }),
        204,
      );
    }
    await expectStatus(
      'approve',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      204,
    );
  });

  it('blocks a pairing with an enterprise the official declared a relation to; withdrawing unblocks', async () => {
    // The official's profile was registered in beforeAll (it names the superior who approves the filings).
    const { relationId } = await declareSpouse();
    const pairing = {
      officialId: official.accountId,
      enterprise: { creditCode: ENTERPRISE, name: '福州测试机械有限公司' },
      category: 'key-backbone',
      startDate: '2026-09-01',
    };
    const blocked = await expectStatus<FieldErrors & { rule?: { rule: string } }>(
      'blocked',
      admin.post('/api/liaison/pairings', pairing),
      409,
    );
    expect(blocked.error).toBe('conflict-of-interest');
    expect(blocked.rule?.rule).toBe('recusal');
    expect(blocked.message?.zh).toContain('配偶');
    expect(JSON.stringify(blocked)).not.toContain('林丽');
    await expectStatus(
      'withdraw',
      official.browser.post(`/api/liaison/declarations/relations/${relationId}/withdraw`, {
        reason: '已转让股份',
      }),
      204,
    );
    await expectStatus('paired', admin.post('/api/liaison/pairings', pairing), 201);
  });

  it('lets a supervisor order recusal directly, which then blocks like a declaration', async () => {
    await expectStatus(
      'official cannot order',
      official.browser.post(`/api/liaison/officials/${official.accountId}/recusals`, {
        enterpriseCreditCode: OTHER,
        reason: '试',
      }),
      403,
    );
    await expectStatus(
      'order',
      supervisor.post(`/api/liaison/officials/${official.accountId}/recusals`, {
        enterpriseCreditCode: OTHER,
        reason: '应当回避而未回避',
      }),
      201,
    );
    const conflicts = await expectStatus<{ conflicts: { kind: string; origin: string }[] }>(
      'conflicts',
      supervisor.get(`/api/liaison/officials/${official.accountId}/conflicts?creditCode=${OTHER}`),
      200,
    );
    expect(conflicts.conflicts).toEqual([
      expect.objectContaining({ kind: 'recusal-in-force', origin: 'ordered' }),
    ]);
    const { filingId } = await expectStatus<{ filingId: string }>(
      'file',
      official.browser.post('/api/liaison/interaction-filings', {
        activityKind: 'forum',
        organiser: { kind: 'enterprise', creditCode: OTHER, name: '晋江某公司' },
        title: '产业论坛',
        purpose: '了解行业',
        eventDate: '2026-09-29',
      }),
      201,
    );
    await expectStatus(
      'blocked',
      superior.browser.post(`/api/liaison/interaction-filings/${filingId}/approve`),
      409,
    );
  });

  it('keeps declarations from those with no business with them', async () => {
    const staff = await logIn(server.baseUrl, 'staff.wang');
    await expectStatus(
      'service staff',
      staff.get(`/api/liaison/officials/${official.accountId}/declarations`),
      403,
    );
    await expectStatus(
      'other official',
      superior.browser.get(`/api/liaison/officials/${official.accountId}/declarations`),
      403,
    );
    await expectStatus('bad account id', supervisor.get('/api/liaison/officials/nope/declarations'), 400);
    await expectStatus(
      'bad credit code',
      supervisor.get(`/api/liaison/officials/${official.accountId}/conflicts?creditCode=1`),
      400,
    );
  });
});
