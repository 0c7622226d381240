import type {
  BoardPage,
  BoardView,
  CleanEnterpriseEvaluationView,
  CleanEnterprisePage,
  PledgeList,
  PledgeTextView,
  PledgeView,
} from '@qinqing/credit/contracts';
import { BoardScheduler } from '@qinqing/credit/service';
import { DEMO_DIRECTORY } from '@qinqing/liaison/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { identifiedWalkIn, logIn, walkIn } from './credit-test-actors';

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly fields?: readonly { readonly field: string }[];
}

const enterprise = (index: number) => {
  const found = DEMO_DIRECTORY[index];
  if (found === undefined) throw new Error(`no demo enterprise ${index}`);
  return {
    creditCode: found.creditCode,
    name: found.details.name,
    contactPhone: found.details.contactPhone ?? '',
  };
};
/** 甬创: a serious bribery record (black list), an honour (not red: blacklisted), wage arrears in 2025. */
const YONGCHUANG = enterprise(0);
/** 月湖: a walk-in of another enterprise. */
const YUEHU = enterprise(1);
/** 望春: an honour in 2026 (red list; the demo data gives it only positive records). */
const WANGCHUN = (() => {
  const index = DEMO_DIRECTORY.findIndex((e) => e.creditCode === '91330203MA2P2E5UXB');
  return enterprise(index);
})();
/** 康源: a general penalty already expired by the end of 2026-Q4, and a minor one (never published). */
const KANGYUAN = enterprise(2);

const record = (
  documentNumber: string,
  who: { creditCode: string; name: string },
  kind: string,
  severity: string | null,
  decidedOn: string,
) => ({
  documentNumber,
  kind,
  ...(severity === null ? {} : { severity }),
  issuingAuthority: '宁波市海曙区人民法院',
  decidedOn,
  legalBasis: '《中华人民共和国刑法》第三百九十三条',
  evidenceReference: `案卷 ${documentNumber}`,
  creditCode: who.creditCode,
  enterpriseName: who.name,
});

const MINE = ['板测〔2026〕1号', '板测〔2026〕2号', '板测〔2026〕3号', '板测〔2025〕4号', '板测〔2026〕5号'];
const ours = (entries: readonly { documentNumber: string }[]) =>
  entries.map((e) => e.documentNumber).filter((n) => MINE.includes(n));

/**
 * The red/black board, the integrity pledge and the 清廉企业 evaluation over HTTP in the one-process app:
 * drafting, approval and immutability, the public boards, the scheduler; pledges at the kiosk for the
 * identified enterprise only; a year's evaluation from the records; who may do what.
 */
describe('credit: the red/black board, the integrity pledge, 清廉企业', () => {
  // 2 December 2026, 09:00 in China.
  const clock = new ManualClock(new Date('2026-12-02T01:00:00.000Z'));
  let server: EmbeddedTestServer;
  let officer: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock });
    officer = await logIn(server.baseUrl, 'credit.zhao');
    anonymous = new HttpClient(server.baseUrl);
    for (const body of [
      record(MINE[0] ?? '', YONGCHUANG, 'bribery', 'serious', '2026-05-10'),
      record(MINE[1] ?? '', YONGCHUANG, 'honour', null, '2026-04-01'),
      record(MINE[2] ?? '', WANGCHUN, 'honour', null, '2026-03-01'),
      record(MINE[3] ?? '', YONGCHUANG, 'wage-arrears', 'general', '2025-08-01'),
      record(MINE[4] ?? '', KANGYUAN, 'infringement', 'minor', '2026-11-01'),
      record('板测〔2025〕6号', KANGYUAN, 'infringement', 'general', '2025-11-01'),
    ]) {
      await expectStatus(`record ${body.documentNumber}`, officer.post('/api/credit/records', body), 201);
    }
    await server.app.get(EventSourcingHost).settle();
  });

  afterAll(() => server.close());

  describe('the integrity pledge (廉洁承诺)', () => {
    it('shows the current text to anyone, with its version', async () => {
      const text = await expectStatus<PledgeTextView>('text', anonymous.get('/api/credit/pledge-text'), 200);
      expect(text.version).toMatch(/^\d{4}\.\d+$/u);
      expect(text.title).toBe('企业廉洁承诺书');
      expect(text.text).toContain('不行贿、不欠薪、不逃税、不侵权、不逃废债');
    });

    it('is signed at the kiosk for the identified enterprise only, the name masked in the answer', async () => {
      const { version } = await expectStatus<PledgeTextView>(
        'text',
        anonymous.get('/api/credit/pledge-text'),
        200,
      );
      const visitor = await identifiedWalkIn(server.app, server.baseUrl, YONGCHUANG);
      const signed = await expectStatus<PledgeView>(
        'sign',
        // A credit code in the body is not the session's: it is ignored.
        visitor.post('/api/credit/pledges', {
          signatoryName: '张建华',
          signatoryPosition: '董事长',
          textVersion: version,
          creditCode: YUEHU.creditCode,
        }),
        201,
      );
      expect(signed).toMatchObject({
        creditCode: YONGCHUANG.creditCode,
        signedOn: '2026-12-02',
        textVersion: version,
        signatory: '张*',
      });
      expect(JSON.stringify(signed)).not.toContain('建华');

      const outdated = await expectStatus<Refusal>(
        'old text',
        visitor.post('/api/credit/pledges', {
          signatoryName: '张建华',
          signatoryPosition: '董事长',
          textVersion: '2018.1',
        }),
        409,
      );
      expect(outdated).toMatchObject({ error: 'pledge-text-outdated' });
      expect(outdated.message.zh).toContain('昆山 六(4)');
      const blank = await expectStatus<Refusal>(
        'blank name',
        visitor.post('/api/credit/pledges', {
          signatoryName: ' ',
          signatoryPosition: '董事长',
          textVersion: version,
        }),
        400,
      );
      expect(blank.fields?.map((f) => f.field)).toContain('signatoryName');

      const mine = await eventually(async () => {
        const list = await expectStatus<PledgeList>('mine', visitor.get('/api/credit/pledges/mine'), 200);
        return list.pledges.length > 0 ? list : undefined;
      });
      expect(mine.pledges.map((p) => p.signatory)).toEqual(['张*']);
      const full = await expectStatus<PledgeList>(
        'officer',
        officer.get(`/api/credit/pledges?creditCode=${YONGCHUANG.creditCode}`),
        200,
      );
      expect(full.pledges[0]).toMatchObject({ signatory: '张建华', signatoryPosition: '董事长' });
      const other = await expectStatus<PledgeList>(
        'other enterprise',
        officer.get(`/api/credit/pledges?creditCode=${YUEHU.creditCode}`),
        200,
      );
      expect(other.pledges).toEqual([]);
    });

    it('refuses anonymous callers (401), walk-ins not identified and staff (403)', async () => {
      const body = { signatoryName: '李四', signatoryPosition: '总经理', textVersion: '2026.1' };
      await expectStatus('anonymous', anonymous.post('/api/credit/pledges', body), 401);
      await expectStatus('anonymous mine', anonymous.get('/api/credit/pledges/mine'), 401);
      const stranger = await walkIn(server.baseUrl);
      await expectStatus('not identified', stranger.post('/api/credit/pledges', body), 403);
      await expectStatus('not identified mine', stranger.get('/api/credit/pledges/mine'), 403);
      await expectStatus(
        'kiosk reads others',
        stranger.get(`/api/credit/pledges?creditCode=${YONGCHUANG.creditCode}`),
        403,
      );
      await expectStatus('officer signs', officer.post('/api/credit/pledges', body), 403);
      const supervisor = await logIn(server.baseUrl, 'supervisor.chen');
      await expectStatus(
        'supervisor list',
        supervisor.get(`/api/credit/pledges?creditCode=${YONGCHUANG.creditCode}`),
        403,
      );
    });
  });

  describe('清廉企业 evaluation', () => {
    it('evaluates a past year from the records, the checklist and the pledges; re-evaluation replaces it', async () => {
      const first = await expectStatus<CleanEnterpriseEvaluationView>(
        'evaluate',
        officer.post('/api/credit/clean-enterprise-evaluations', {
          creditCode: YONGCHUANG.creditCode.toLowerCase(),
          year: 2025,
          checklist: { integritySystem: true },
        }),
        201,
      );
      expect(first).toMatchObject({
        creditCode: YONGCHUANG.creditCode,
        enterpriseName: YONGCHUANG.name,
        year: 2025,
        passed: false,
      });
      expect(first.items.filter((i) => !i.passed)).toEqual([
        { item: 'no-wage-arrears', passed: false, basis: '板测〔2025〕4号' },
        // The pledge was signed in 2026: not by the end of 2025.
        { item: 'integrity-pledge', passed: false, basis: null },
      ]);
      const again = await expectStatus<CleanEnterpriseEvaluationView>(
        're-evaluate',
        officer.post('/api/credit/clean-enterprise-evaluations', {
          creditCode: YONGCHUANG.creditCode,
          year: 2025,
          checklist: { integritySystem: false },
        }),
        201,
      );
      expect(again.evaluationId).not.toBe(first.evaluationId);
      await expectStatus(
        'evaluate another',
        officer.post('/api/credit/clean-enterprise-evaluations', {
          creditCode: KANGYUAN.creditCode,
          year: 2025,
          checklist: { integritySystem: true },
        }),
        201,
      );

      const page = await eventually(async () => {
        const answer = await expectStatus<CleanEnterprisePage>(
          'list',
          anonymous.get('/api/credit/clean-enterprise-evaluations?year=2025&limit=100'),
          200,
        );
        const ours = answer.items.find((i) => i.creditCode === YONGCHUANG.creditCode);
        return ours?.evaluationId === again.evaluationId && answer.items.length >= 2 ? answer : undefined;
      });
      expect(
        page.items
          .find((i) => i.creditCode === KANGYUAN.creditCode)
          ?.items.find((i) => i.item === 'no-infringement'),
      ).toEqual({
        item: 'no-infringement',
        passed: false,
        basis: '板测〔2025〕6号',
      });
      const firstPage = await expectStatus<CleanEnterprisePage>(
        'page 1',
        anonymous.get('/api/credit/clean-enterprise-evaluations?year=2025&limit=1'),
        200,
      );
      expect(firstPage.items).toHaveLength(1);
      const second = await expectStatus<CleanEnterprisePage>(
        'page 2',
        anonymous.get(
          `/api/credit/clean-enterprise-evaluations?year=2025&limit=1&after=${firstPage.next ?? ''}`,
        ),
        200,
      );
      expect((second.items[0]?.creditCode ?? '') > (firstPage.items[0]?.creditCode ?? '')).toBe(true);
    });

    it('refuses a year not over, bad input naming the field, and callers other than the credit officer', async () => {
      const current = await expectStatus<Refusal>(
        'this year',
        officer.post('/api/credit/clean-enterprise-evaluations', {
          creditCode: YONGCHUANG.creditCode,
          year: 2026,
          checklist: { integritySystem: true },
        }),
        400,
      );
      expect(current).toMatchObject({ error: 'year-not-over', field: 'year' });
      const bad = await expectStatus<Refusal>(
        'no checklist',
        officer.post('/api/credit/clean-enterprise-evaluations', {
          creditCode: YONGCHUANG.creditCode,
          year: 2025,
        }),
        400,
      );
      expect(bad.fields?.map((f) => f.field).join(',')).toContain('checklist');
      const noYear = await expectStatus<Refusal>(
        'no year',
        anonymous.get('/api/credit/clean-enterprise-evaluations'),
        400,
      );
      expect(noYear.fields?.map((f) => f.field)).toContain('query.year');
      const body = { creditCode: YONGCHUANG.creditCode, year: 2025, checklist: { integritySystem: true } };
      await expectStatus('anonymous', anonymous.post('/api/credit/clean-enterprise-evaluations', body), 401);
      for (const username of ['admin', 'supervisor.chen', 'staff.wang']) {
        const staff = await logIn(server.baseUrl, username);
        await expectStatus(username, staff.post('/api/credit/clean-enterprise-evaluations', body), 403);
      }
    });
  });

  describe('the red/black board (红黑榜)', () => {
    it('the demo data published the last ended quarter’s board; no other board exists; drafting is the officer’s', async () => {
      const demo = await expectStatus<BoardView>('current', anonymous.get('/api/credit/boards/current'), 200);
      expect(demo).toMatchObject({ boardId: 'board-2026-Q3', status: 'published' });
      const none = await expectStatus<Refusal>(
        'no board',
        anonymous.get('/api/credit/boards/board-1999-Q1'),
        404,
      );
      expect(none.error).toBe('no-board');
      await expectStatus('anonymous draft', anonymous.post('/api/credit/boards', { period: '2026-Q4' }), 401);
      await expectStatus(
        'anonymous approval',
        anonymous.post('/api/credit/boards/board-2026-Q4/approval'),
        401,
      );
      for (const username of ['admin', 'supervisor.chen', 'inspector.wu']) {
        const staff = await logIn(server.baseUrl, username);
        await expectStatus(username, staff.post('/api/credit/boards', { period: '2026-Q4' }), 403);
        await expectStatus(
          `${username} approval`,
          staff.post('/api/credit/boards/board-2026-Q4/approval'),
          403,
        );
      }
      const visitor = await identifiedWalkIn(server.app, server.baseUrl, YUEHU);
      await expectStatus('kiosk draft', visitor.post('/api/credit/boards', { period: '2026-Q4' }), 403);
    });

    it('drafts a running period as a preview that cannot be approved; the draft is the officer’s alone', async () => {
      const draft = await expectStatus<BoardView>(
        'draft',
        officer.post('/api/credit/boards', { period: '2026-Q4' }),
        201,
      );
      expect(draft).toMatchObject({
        boardId: 'board-2026-Q4',
        period: '2026-Q4',
        status: 'draft',
        asOf: '2026-12-02',
        approvedOn: null,
      });
      expect(ours(draft.black)).toEqual(['板测〔2026〕1号']);
      expect(ours(draft.red)).toEqual(['板测〔2026〕3号']);
      expect(draft.black.find((e) => e.documentNumber === '板测〔2026〕1号')).toEqual({
        creditCode: YONGCHUANG.creditCode,
        enterpriseName: YONGCHUANG.name,
        documentNumber: '板测〔2026〕1号',
        kind: 'bribery',
        severity: 'serious',
        issuingAuthority: '宁波市海曙区人民法院',
        decidedOn: '2026-05-10',
        publicUntil: '2029-05-10',
      });
      expect(JSON.stringify(draft)).not.toContain('案卷');

      const early = await expectStatus<Refusal>(
        'approve early',
        officer.post('/api/credit/boards/board-2026-Q4/approval'),
        409,
      );
      expect(early.error).toBe('drafted-before-period-end');
      await eventually(async () =>
        (await officer.get('/api/credit/boards/board-2026-Q4')).status === 200 ? true : undefined,
      );
      await expectStatus('draft in public', anonymous.get('/api/credit/boards/board-2026-Q4'), 404);
      const future = await expectStatus<Refusal>(
        'future',
        officer.post('/api/credit/boards', { period: '2027-Q2' }),
        400,
      );
      expect(future).toMatchObject({ error: 'period-not-started', field: 'period' });
      const bad = await expectStatus<Refusal>(
        'bad period',
        officer.post('/api/credit/boards', { period: '2026-Q5' }),
        400,
      );
      expect(bad).toMatchObject({ error: 'invalid-period', field: 'period' });
      expect(bad.message.zh).toContain('YYYY-Qn');
    });

    it('is redrawn after the period ended and approved: published, current, listed, and never changed again', async () => {
      clock.set(new Date('2027-01-04T01:00:00.000Z'));
      officer = await logIn(server.baseUrl, 'credit.zhao'); // a month on, the session has ended
      const redrawn = await expectStatus<BoardView>(
        'redraw',
        officer.post('/api/credit/boards', { period: '2026-Q4' }),
        201,
      );
      expect(redrawn.asOf).toBe('2027-01-04');
      const published = await expectStatus<BoardView>(
        'approve',
        officer.post('/api/credit/boards/board-2026-Q4/approval'),
        200,
      );
      expect(published).toMatchObject({ status: 'published', approvedOn: '2027-01-04', asOf: '2027-01-04' });
      expect(published.black).toEqual(redrawn.black);

      const again = await expectStatus<Refusal>(
        'redraw published',
        officer.post('/api/credit/boards', { period: '2026-Q4' }),
        409,
      );
      expect(again.error).toBe('board-published');
      expect(again.message.zh).toContain('2027-01-04');
      await expectStatus('approve again', officer.post('/api/credit/boards/board-2026-Q4/approval'), 409);

      const current = await eventually(async () => {
        const answer = await anonymous.get<BoardView>('/api/credit/boards/current');
        return answer.status === 200 ? answer.body : undefined;
      });
      expect(current).toEqual(published);
      expect(await expectStatus('one', anonymous.get('/api/credit/boards/board-2026-Q4'), 200)).toEqual(
        published,
      );
      const list = await expectStatus<BoardPage>('list', anonymous.get('/api/credit/boards'), 200);
      expect(list.items[0]).toEqual({
        boardId: 'board-2026-Q4',
        period: '2026-Q4',
        approvedOn: '2027-01-04',
        counts: { red: published.red.length, black: published.black.length },
      });
      const badAfter = await expectStatus<Refusal>(
        'bad after',
        anonymous.get('/api/credit/boards?after=%27x'),
        400,
      );
      expect(badAfter.fields?.map((f) => f.field)).toContain('query.after');
    });

    it('the scheduler drafts the ended period when the next begins, once; approval stays human', async () => {
      const scheduler = server.app.get(BoardScheduler);
      // 2027-Q1 is running; the period before it (2026-Q4) is published: nothing to do.
      expect(await scheduler.tick()).toBeNull();
      clock.set(new Date('2027-04-01T02:00:00.000Z'));
      officer = await logIn(server.baseUrl, 'credit.zhao');
      expect(await scheduler.tick()).toBe('board-2027-Q1');
      await server.app.get(EventSourcingHost).settle();
      expect(await scheduler.tick()).toBeNull();
      const draft = await expectStatus<BoardView>(
        'the draft',
        officer.get('/api/credit/boards/board-2027-Q1'),
        200,
      );
      expect(draft).toMatchObject({ status: 'draft', asOf: '2027-04-01' });
      expect(ours(draft.black)).toEqual(['板测〔2026〕1号']);
      // Still the 2026-Q4 board until someone approves 2027-Q1.
      expect(
        (await expectStatus<BoardView>('current', anonymous.get('/api/credit/boards/current'), 200)).period,
      ).toBe('2026-Q4');
    });
  });
});
