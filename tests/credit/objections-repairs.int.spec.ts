import type {
  CasePage,
  IntegrityFile,
  ObjectionAnswer,
  ObjectionView,
  RepairAnswer,
  RepairView,
} from '@qinqing/credit/contracts';
import {
  DEMO_KIOSK_DEVICES,
  DEMO_PASSWORD,
  demoKioskCredential,
  SESSION_COOKIES,
} from '@qinqing/identity/service';
import { DEMO_DIRECTORY, OutboundMessages, type OutboundTextMessage } from '@qinqing/liaison/service';
import { ManualClock } from '@qinqing/shared/event-sourcing';
import { eventually } from '@qinqing/shared/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { lastIdentificationCode } from '../support/outbound-texts';

const RECORDS = '/api/credit/records';
const OBJECTIONS = '/api/credit/objections';
const REPAIRS = '/api/credit/repairs';

interface Refusal {
  readonly error: string;
  readonly message: { readonly zh: string; readonly en: string };
  readonly field?: string;
  readonly fields?: readonly { readonly field: string }[];
  readonly rule?: { readonly rule: string; readonly source: string };
}

const creditCodeOf = (name: string): string => {
  const found = DEMO_DIRECTORY.find((enterprise) => enterprise.details.name === name);
  if (found === undefined) throw new Error(`no demo enterprise ${name}`);
  return found.creditCode;
};
const YONGCHUANG = creditCodeOf('宁波海曙甬创智能制造有限公司');
const YUEHU = creditCodeOf('宁波月湖纺织品进出口有限公司');

const penalty = (documentNumber: string, creditCode: string, extra: Record<string, unknown> = {}) => ({
  documentNumber,
  kind: 'administrative-penalty',
  severity: 'general',
  issuingAuthority: '宁波市海曙区市场监督管理局',
  decidedOn: '2026-05-10',
  legalBasis: '《中华人民共和国产品质量法》第四十九条',
  evidenceReference: '案卷 2026-0137',
  creditCode,
  enterpriseName: creditCode === YONGCHUANG ? '宁波海曙甬创智能制造有限公司' : '宁波月湖纺织品进出口有限公司',
  ...extra,
});

/** This test's own cases, not the demo data's. */
const ours = <Item extends { documentNumber: string }>(items: readonly Item[]) =>
  items.filter((item) => item.documentNumber.startsWith('甬海市监罚〔2026〕'));

const commitment = { signatoryName: '张伟', signatoryPosition: '法定代表人', textVersion: '2026-04' };

/**
 * Objections (异议) and credit repair (信用修复) over HTTP in the one-process app, on 30 September 2026: the day
 * before the National Day week, so every due date crosses it (1–7 October off, Saturday 10 October worked).
 */
describe('credit: objections and repair over HTTP', () => {
  let server: EmbeddedTestServer;
  let officer: HttpClient;
  let supervisor: HttpClient;
  let kiosk: HttpClient;
  let yongchuang: HttpClient;
  let yuehu: HttpClient;
  const sent: OutboundTextMessage[] = [];

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  const identified = async (creditCode: string): Promise<HttpClient> => {
    const visitor = kiosk.clone([SESSION_COOKIES.kioskDevice]);
    await expectStatus('start a walk-in', visitor.post('/api/kiosk/sessions'), 201);
    await expectStatus(
      'ask a code',
      visitor.post('/api/enterprises/identification-codes', { creditCode }),
      200,
    );
    const code = String(lastIdentificationCode(sent)?.params['code']);
    const { proof } = await expectStatus<{ proof: string }>(
      'verify the code',
      visitor.post('/api/enterprises/identification-codes/verify', { creditCode, code }),
      200,
    );
    await expectStatus('identify', visitor.post('/api/kiosk/sessions/identify', { proof }), 200);
    return visitor;
  };

  const fileOf = async (creditCode: string, documentNumber: string) =>
    eventually(async () => {
      const file = await expectStatus<IntegrityFile>(
        'file',
        officer.get(`${RECORDS}?creditCode=${creditCode}`),
        200,
      );
      return file.records.find((record) => record.documentNumber === documentNumber);
    });

  beforeAll(async () => {
    server = await startEmbeddedTestServer({ clock: new ManualClock(new Date('2026-09-30T01:00:00.000Z')) });
    vi.spyOn(server.app.get(OutboundMessages), 'send').mockImplementation((message) => {
      sent.push(message);
      return Promise.resolve();
    });
    const device = DEMO_KIOSK_DEVICES[0];
    if (device === undefined) throw new Error('no demo kiosk');
    kiosk = new HttpClient(server.baseUrl);
    await expectStatus(
      'provision the kiosk',
      kiosk.post('/api/kiosk/device-session', { credential: demoKioskCredential(device) }),
      200,
    );
    officer = await logIn('credit.zhao');
    supervisor = await logIn('supervisor.chen');
    yongchuang = await identified(YONGCHUANG);
    yuehu = await identified(YUEHU);
    for (const record of [
      penalty('甬海市监罚〔2026〕1号', YONGCHUANG),
      penalty('甬海市监罚〔2026〕2号', YONGCHUANG),
      penalty('甬海市监罚〔2026〕3号', YONGCHUANG),
      penalty('甬海市监罚〔2026〕4号', YONGCHUANG),
      penalty('甬海市监罚〔2026〕5号', YONGCHUANG, { severity: 'serious', decidedOn: '2026-09-01' }),
      penalty('甬海市监罚〔2026〕9号', YUEHU),
    ]) {
      await expectStatus('record', officer.post(RECORDS, record), 201);
    }
  }, 120_000);

  afterAll(() => server.close());

  it('serves the credit commitment text in force to anyone', async () => {
    const anonymous = new HttpClient(server.baseUrl);
    const text = await expectStatus<{ version: string; text: string }>(
      'commitment',
      anonymous.get('/api/credit/commitment-text'),
      200,
    );
    expect(text.version).toBe('2026-04');
    expect(text.text).toContain('信用承诺书');
    expect(text.text).toContain('信用修复管理办法');
  });

  it('the enterprise objects to its own record at the kiosk, due 7 working days later (15 October)', async () => {
    const filed = await expectStatus<ObjectionAnswer>(
      'object',
      yongchuang.post(OBJECTIONS, {
        documentNumber: '甬海市监罚〔2026〕1号',
        grounds: '该处罚已被行政复议撤销',
      }),
      201,
    );
    expect(filed).toMatchObject({
      documentNumber: '甬海市监罚〔2026〕1号',
      creditCode: YONGCHUANG,
      filedOn: '2026-09-30',
      dueOn: '2026-10-15',
      status: 'open',
    });
    expect(filed.objectionId).toMatch(/\S/u);
  });

  it('another enterprise’s record is a 404 like one that does not exist; roles and input are checked', async () => {
    const others = await expectStatus<Refusal>(
      'other enterprise',
      yuehu.post(OBJECTIONS, { documentNumber: '甬海市监罚〔2026〕1号', grounds: '不是我们的' }),
      404,
    );
    const none = await expectStatus<Refusal>(
      'no record',
      yuehu.post(OBJECTIONS, { documentNumber: '无此文书', grounds: '理由' }),
      404,
    );
    expect(others.error).toBe('record-not-found');
    expect(others.message).toEqual(
      expect.objectContaining({ zh: expect.stringContaining('甬海市监罚〔2026〕1号') as string }),
    );
    expect(none.error).toBe(others.error);
    expect(
      (await new HttpClient(server.baseUrl).post(OBJECTIONS, { documentNumber: 'x', grounds: 'y' })).status,
    ).toBe(401);
    expect((await supervisor.post(OBJECTIONS, { documentNumber: 'x', grounds: 'y' })).status).toBe(403);
    const walkIn = kiosk.clone([SESSION_COOKIES.kioskDevice]);
    await expectStatus('unidentified walk-in', walkIn.post('/api/kiosk/sessions'), 201);
    expect((await walkIn.post(OBJECTIONS, { documentNumber: 'x', grounds: 'y' })).status).toBe(403);
    const blank = await expectStatus<Refusal>(
      'blank grounds',
      yongchuang.post(OBJECTIONS, { documentNumber: '甬海市监罚〔2026〕1号', grounds: '  ' }),
      400,
    );
    expect(blank.fields?.map((field) => field.field)).toContain('grounds');
  });

  it('a credit officer files on behalf of an enterprise, naming it; a missing or wrong credit code is a 400', async () => {
    const missing = await expectStatus<Refusal>(
      'no credit code',
      officer.post(OBJECTIONS, { documentNumber: '甬海市监罚〔2026〕9号', grounds: '代企业提出' }),
      400,
    );
    expect(missing).toMatchObject({ error: 'credit-code-required', field: 'creditCode' });
    const wrong = await expectStatus<Refusal>(
      'wrong credit code',
      officer.post(OBJECTIONS, {
        documentNumber: '甬海市监罚〔2026〕9号',
        grounds: '代企业提出',
        creditCode: YONGCHUANG,
      }),
      400,
    );
    expect(wrong).toMatchObject({ error: 'credit-code-mismatch', field: 'creditCode' });
    expect(
      await expectStatus<ObjectionAnswer>(
        'on behalf',
        officer.post(OBJECTIONS, {
          documentNumber: '甬海市监罚〔2026〕9号',
          grounds: '代企业提出：罚款金额登记错误',
          evidenceReference: '复核材料 2026-77',
          creditCode: YUEHU,
        }),
        201,
      ),
    ).toMatchObject({ creditCode: YUEHU, dueOn: '2026-10-15' });
  });

  it('decides objections: upheld once (then 409), corrected through the record, withdrawn marks the record', async () => {
    const file = async (documentNumber: string) =>
      expectStatus<ObjectionAnswer>(
        'object',
        yongchuang.post(OBJECTIONS, { documentNumber, grounds: '登记信息有误' }),
        201,
      );
    const upheld = await file('甬海市监罚〔2026〕2号');
    const decision = `${OBJECTIONS}/${upheld.objectionId}/decision`;
    expect((await yongchuang.post(decision, { outcome: 'upheld', reasons: '维持' })).status).toBe(403);
    expect(
      await expectStatus<ObjectionAnswer>(
        'uphold',
        officer.post(decision, { outcome: 'upheld', reasons: '原处罚事实清楚' }),
        201,
      ),
    ).toMatchObject({ status: 'decided', outcome: 'upheld' });
    const again = await expectStatus<Refusal>(
      'again',
      officer.post(decision, { outcome: 'withdrawn', reasons: '撤销' }),
      409,
    );
    expect(again).toMatchObject({ error: 'objection-closed', rule: { rule: 'objection' } });
    const unknownOutcome = await expectStatus<Refusal>(
      'bad outcome',
      officer.post(decision, { outcome: 'maybe', reasons: 'x' }),
      400,
    );
    expect(unknownOutcome.fields?.map((field) => field.field)).toContain('outcome');

    const corrected = await file('甬海市监罚〔2026〕3号');
    const noChanges = await expectStatus<Refusal>(
      'corrected without changes',
      officer.post(`${OBJECTIONS}/${corrected.objectionId}/decision`, {
        outcome: 'corrected',
        reasons: '更正',
      }),
      400,
    );
    expect(noChanges).toMatchObject({ error: 'changes-required', field: 'changes' });
    await expectStatus(
      'correct',
      officer.post(`${OBJECTIONS}/${corrected.objectionId}/decision`, {
        outcome: 'corrected',
        reasons: '处罚类别登记有误，更正为警告',
        changes: { severity: 'minor' },
      }),
      201,
    );
    expect(await fileOf(YONGCHUANG, '甬海市监罚〔2026〕3号')).toMatchObject({
      severity: 'minor',
      corrections: 1,
    });

    const withdrawn = await file('甬海市监罚〔2026〕4号');
    await expectStatus(
      'withdraw',
      officer.post(`${OBJECTIONS}/${withdrawn.objectionId}/decision`, {
        outcome: 'withdrawn',
        reasons: '处罚决定已被撤销',
      }),
      201,
    );
    const record = await eventually(async () => {
      const found = await fileOf(YONGCHUANG, '甬海市监罚〔2026〕4号');
      return found?.withdrawnOn === null ? undefined : found;
    });
    expect(record).toMatchObject({
      disclosureStatus: 'withdrawn',
      withdrawnOn: '2026-09-30',
      repairedOn: null,
    });
    const late = await expectStatus<Refusal>(
      'object to a withdrawn record',
      yongchuang.post(OBJECTIONS, { documentNumber: '甬海市监罚〔2026〕4号', grounds: '再提' }),
      409,
    );
    expect(late.error).toBe('record-withdrawn');
  });

  it('the enterprise takes back its own open objection; another enterprise cannot; then it is closed', async () => {
    const filed = await expectStatus<ObjectionAnswer>(
      'object',
      yongchuang.post(OBJECTIONS, { documentNumber: '甬海市监罚〔2026〕5号', grounds: '理由' }),
      201,
    );
    const retraction = `${OBJECTIONS}/${filed.objectionId}/retraction`;
    expect((await yuehu.post(retraction)).status).toBe(404);
    expect((await officer.post(retraction)).status).toBe(403);
    expect(await expectStatus<ObjectionAnswer>('retract', yongchuang.post(retraction), 201)).toMatchObject({
      status: 'retracted',
    });
    expect((await yongchuang.post(retraction)).status).toBe(409);
  });

  it('repair: conditions refused by rule (409) or field (400); applied, due 5 working days later (13 October)', async () => {
    const apply = <Body>(client: HttpClient, body: Record<string, unknown>) =>
      client.post<Body>(REPAIRS, body);
    const base = {
      documentNumber: '甬海市监罚〔2026〕1号',
      correctionEvidence: '罚款缴纳凭证 2026-0931',
      commitment,
    };
    const early = await expectStatus<Refusal>(
      'minimum not over',
      apply(yongchuang, { ...base, documentNumber: '甬海市监罚〔2026〕5号' }),
      409,
    );
    expect(early).toMatchObject({ error: 'minimum-period-not-over', rule: { rule: 'credit-repair' } });
    expect(early.message.zh).toContain('2027-09-02');
    const outdated = await expectStatus<Refusal>(
      'old commitment',
      apply(yongchuang, { ...base, commitment: { ...commitment, textVersion: '2025-01' } }),
      400,
    );
    expect(outdated).toMatchObject({ error: 'commitment-text-outdated', field: 'commitment.textVersion' });
    const noEvidence = await expectStatus<Refusal>(
      'no evidence',
      apply(yongchuang, { ...base, correctionEvidence: undefined }),
      400,
    );
    expect(noEvidence.fields?.map((field) => field.field)).toContain('correctionEvidence');
    expect((await apply(yuehu, base)).status).toBe(404);
    const withdrawn = await expectStatus<Refusal>(
      'withdrawn record',
      apply(yongchuang, { ...base, documentNumber: '甬海市监罚〔2026〕4号' }),
      409,
    );
    expect(withdrawn.error).toBe('record-withdrawn');

    const applied = await expectStatus<RepairAnswer>('apply', apply(yongchuang, base), 201);
    expect(applied).toMatchObject({
      creditCode: YONGCHUANG,
      appliedOn: '2026-09-30',
      dueOn: '2026-10-13',
      status: 'pending',
    });
    const pending = await expectStatus<Refusal>(
      'pending',
      apply(officer, { ...base, creditCode: YONGCHUANG }),
      409,
    );
    expect(pending.error).toBe('repair-pending');
  });

  it('repair: refused with reasons, applied again, granted — publication ends, once', async () => {
    const pending = await eventually(async () => {
      const page = await expectStatus<CasePage<RepairView>>(
        'pending',
        officer.get(`${REPAIRS}?status=pending`),
        200,
      );
      return page.items.find((item) => item.documentNumber === '甬海市监罚〔2026〕1号');
    });
    expect(pending).toMatchObject({
      commitment: { signatoryName: '张伟' },
      clock: { dueOn: '2026-10-13', overdue: false, workingDaysLeft: 5 },
    });
    const decision = `${REPAIRS}/${pending.applicationId}/decision`;
    expect((await yongchuang.post(decision, { outcome: 'granted', reasons: '自己批准' })).status).toBe(403);
    await expectStatus(
      'refuse',
      officer.post(decision, { outcome: 'refused', reasons: '缴纳凭证不清晰，请补正' }),
      201,
    );
    expect((await officer.post(decision, { outcome: 'granted', reasons: '再决定' })).status).toBe(409);
    expect(
      (await officer.post(`${REPAIRS}/not-an-id/decision`, { outcome: 'granted', reasons: 'x' })).status,
    ).toBe(404);

    const second = await expectStatus<RepairAnswer>(
      'apply again',
      officer.post(REPAIRS, {
        documentNumber: '甬海市监罚〔2026〕1号',
        correctionEvidence: '清晰的缴纳凭证',
        commitment,
        creditCode: YONGCHUANG,
      }),
      201,
    );
    expect(second.applicationId).not.toBe(pending.applicationId);
    await expectStatus(
      'grant',
      officer.post(`${REPAIRS}/${second.applicationId}/decision`, {
        outcome: 'granted',
        reasons: '已纠正失信行为',
      }),
      201,
    );
    const record = await eventually(async () => {
      const found = await fileOf(YONGCHUANG, '甬海市监罚〔2026〕1号');
      return found?.repairedOn === null ? undefined : found;
    });
    expect(record).toMatchObject({ disclosureStatus: 'repaired', repairedOn: '2026-09-30' });
    const twice = await expectStatus<Refusal>(
      'repair twice',
      yongchuang.post(REPAIRS, {
        documentNumber: '甬海市监罚〔2026〕1号',
        correctionEvidence: '再申请',
        commitment,
      }),
      409,
    );
    expect(twice.error).toBe('record-already-repaired');
  });

  it('the enterprise sees its own cases with outcomes and reasons, the signatory masked; never another’s', async () => {
    const repairs = await eventually(async () => {
      const page = await expectStatus<CasePage<RepairView>>('mine', yongchuang.get(`${REPAIRS}/mine`), 200);
      return page.items.length === 2 ? page : undefined;
    });
    expect(repairs.items.map((item) => item.status).sort()).toEqual(['granted', 'refused']);
    expect(repairs.items.find((item) => item.status === 'refused')?.reasons).toBe('缴纳凭证不清晰，请补正');
    for (const item of repairs.items) expect(item.commitment.signatoryName).toBe('张*');
    expect(JSON.stringify(repairs)).not.toContain('张伟');
    const objections = await expectStatus<CasePage<ObjectionView>>(
      'mine',
      yongchuang.get(`${OBJECTIONS}/mine`),
      200,
    );
    expect(objections.items.every((item) => item.creditCode === YONGCHUANG)).toBe(true);
    expect(objections.items.find((item) => item.outcome === 'upheld')?.reasons).toBe('原处罚事实清楚');
    const theirs = await expectStatus<CasePage<ObjectionView>>(
      'theirs',
      yuehu.get(`${OBJECTIONS}/mine`),
      200,
    );
    expect(theirs.items.map((item) => item.documentNumber)).toEqual(['甬海市监罚〔2026〕9号']);
    expect((await officer.get(`${OBJECTIONS}/mine`)).status).toBe(403);
    expect((await yongchuang.get(`${OBJECTIONS}?status=open`)).status).toBe(403);
  });

  it('the officer’s lists: open objections due first first, keyset paged, each with its working-day clock', async () => {
    const first = await eventually(async () => {
      const page = await expectStatus<CasePage<ObjectionView>>(
        'open',
        officer.get(`${OBJECTIONS}?status=open&limit=1`),
        200,
      );
      return page.next === null ? undefined : page;
    });
    expect(first.items).toHaveLength(1);
    expect(first.items[0]?.clock).toEqual({ dueOn: '2026-10-15', overdue: false, workingDaysLeft: 7 });
    const rest = await expectStatus<CasePage<ObjectionView>>(
      'next page',
      officer.get(`${OBJECTIONS}?status=open&limit=100&after=${first.next ?? ''}`),
      200,
    );
    expect(rest.items.map((item) => item.objectionId)).not.toContain(first.items[0]?.objectionId);
    expect([...first.items, ...rest.items].every((item) => item.status === 'open')).toBe(true);
    const decided = await expectStatus<CasePage<ObjectionView>>(
      'decided',
      officer.get(`${OBJECTIONS}?status=decided`),
      200,
    );
    expect(
      ours(decided.items)
        .map((item) => item.status)
        .sort(),
    ).toEqual(['decided', 'decided', 'decided', 'retracted']);
    const bad = await expectStatus<Refusal>('bad status', officer.get(`${OBJECTIONS}?status=all`), 400);
    expect(bad.fields?.map((field) => field.field)).toContain('query.status');
    const badCursor = await expectStatus<Refusal>(
      'bad cursor',
      officer.get(`${REPAIRS}?status=decided&after=bm90LWEtY3Vyc29y`),
      400,
    );
    expect(badCursor).toMatchObject({ error: 'invalid-cursor', field: 'after' });
    const repairsDecided = await expectStatus<CasePage<RepairView>>(
      'repairs decided',
      officer.get(`${REPAIRS}?status=decided`),
      200,
    );
    expect(
      ours(repairsDecided.items)
        .map((item) => item.status)
        .sort(),
    ).toEqual(['granted', 'refused']);
  });

  it('the demo data holds objections and repair applications in every state', async () => {
    const [open, decided, pending, repaired] = await Promise.all([
      expectStatus<CasePage<ObjectionView>>('open', officer.get(`${OBJECTIONS}?status=open&limit=100`), 200),
      expectStatus<CasePage<ObjectionView>>(
        'decided',
        officer.get(`${OBJECTIONS}?status=decided&limit=100`),
        200,
      ),
      expectStatus<CasePage<RepairView>>('pending', officer.get(`${REPAIRS}?status=pending&limit=100`), 200),
      expectStatus<CasePage<RepairView>>('decided', officer.get(`${REPAIRS}?status=decided&limit=100`), 200),
    ]);
    const demo = <Item extends { documentNumber: string }>(items: readonly Item[]) =>
      items.filter((item) => item.documentNumber.includes('演示'));
    expect(demo(open.items).map((item) => item.status)).toEqual(['open']);
    expect(
      demo(decided.items)
        .map((item) => item.outcome ?? item.status)
        .sort(),
    ).toEqual(['corrected', 'retracted', 'upheld', 'withdrawn']);
    expect(demo(pending.items).map((item) => item.status)).toEqual(['pending']);
    expect(
      demo(repaired.items)
        .map((item) => item.status)
        .sort(),
    ).toEqual(['granted', 'refused']);
  });
});
