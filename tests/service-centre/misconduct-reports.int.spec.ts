import fs from 'node:fs';
import {
  DEMO_KIOSK_DEVICES,
  DEMO_PASSWORD,
  demoKioskCredential,
  SESSION_COOKIES,
} from '@qinqing/identity/service';
import { DEMO_REPORT_ID, MisconductReportPass } from '@qinqing/service-centre/service';
import { ManualClock, type SqlDatabase } from '@qinqing/shared/event-sourcing';
import { EventSourcingHost, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const BASE = '/api/service-centre/misconduct-reports';
/** Demo accounts (identity's demo data): the official, his superior, a department handler, the supervisor. */
const ZHOU = '01960000-0000-7000-8000-000000000101';
/** The anonymous filings the test platform takes per minute (SERVICE_CENTRE_ANONYMOUS_REPORTS_PER_MINUTE). */
const PER_MINUTE = 3;
/** An anonymous report about the demo official, with a description of its own. */
const anonymousReport = (description: string, unitId = 'dept-market-regulation') => ({
  category: 'extortion',
  accused: { name: '周建国', unitId, position: '局长', headsUnit: true },
  description,
  passphrase: 'correct horse battery',
});
const SUN = '01960000-0000-7000-8000-000000000102';
const LI = '01960000-0000-7000-8000-000000000002';
const CHEN = '01960000-0000-7000-8000-000000000004';
const YONGCHUANG = '宁波海曙甬创智能制造有限公司';

interface Page<Item> {
  readonly items: readonly Item[];
  readonly next: string | null;
}
interface Flags {
  readonly officialId: string | null;
  readonly reviewing: boolean;
  readonly pairings: Page<{ enterpriseName: string }>;
  readonly requests: Page<{ requestId: string }>;
  readonly filings: Page<{
    filingId: string;
    role: string;
    outcome: string;
    report: string | null;
    enterprises: { creditCode: string; name: string | null }[];
  }>;
  readonly approvals: Page<{ action: string; requestId: string; enterprise: { name: string | null } | null }>;
  readonly handledRequests: Page<{
    requestId: string;
    actions: string[];
    enterprise: { creditCode: string; name: string | null } | null;
  }>;
}
/** What the reporter's request carries that must never be kept: address, agent, correlation, session. */
const MARK = {
  ip: '203.0.113.77',
  agent: 'ReporterAgent/9.9 (Zq7W-kiosk)',
  correlation: 'corr-Zq7W-anonymous-report',
  description: '办理食品经营许可证时被索要好处费 MARK-Zq7W',
};

/** Everything written to stdout/stderr while the platform runs (pino writes through fs; Nest through streams). */
const captured: string[] = [];
const capture = () => {
  const writeSync = fs.writeSync;
  const write = fs.write;
  const stdout = process.stdout.write.bind(process.stdout);
  const record = (fd: unknown, data: unknown) => {
    if ((fd === 1 || fd === 2) && (typeof data === 'string' || Buffer.isBuffer(data)))
      captured.push(String(data));
  };
  (fs as { writeSync: unknown }).writeSync = (fd: number, data: unknown, ...rest: unknown[]) => {
    record(fd, data);
    return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  };
  (fs as { write: unknown }).write = (fd: number, data: unknown, ...rest: unknown[]) => {
    record(fd, data);
    return (write as (...args: unknown[]) => void)(fd, data, ...rest);
  };
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    captured.push(String(chunk));
    return (stdout as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  return () => {
    (fs as { writeSync: unknown }).writeSync = writeSync;
    (fs as { write: unknown }).write = write;
    process.stdout.write = stdout;
  };
};

const cookiesOf = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/**
 * Misconduct reports over HTTP in the one-process platform: an anonymous report leaves no trace of its reporter
 * in any table, the event log (data, metadata, order) or the logs; and nobody but a discipline inspector — least
 * of all the accused, his unit and his superiors — finds any report path: every one answers 404.
 */
describe('service centre: misconduct reports', () => {
  let server: EmbeddedTestServer;
  let db: SqlDatabase;
  let restore: () => void;
  let inspector: HttpClient;
  let walkInCookies: string;
  let receiptCode: string;
  let reportId: string;
  let positionAfterSubmission: bigint;
  const clock = new ManualClock(new Date('2026-12-02T02:00:00.000Z'));
  const settle = () => server.app.get(EventSourcingHost).settle();

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  /** Every row of every table, as JSON text, with its table's name. */
  const everyRow = async (): Promise<{ table: string; row: string }[]> => {
    const tables = await db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const rows: { table: string; row: string }[] = [];
    for (const { schema, name } of tables.rows) {
      const found = await db.query<{ row: string }>(
        `SELECT row_to_json(t)::text AS row FROM "${schema}"."${name}" t`,
      );
      for (const { row } of found.rows) rows.push({ table: `${schema}.${name}`, row });
    }
    return rows;
  };

  beforeAll(async () => {
    restore = capture();
    server = await startEmbeddedTestServer({
      clock,
      env: {
        LOG_LEVEL: 'info',
        SERVICE_CENTRE_REPORT_PASS_INTERVAL_MS: '0',
        SERVICE_CENTRE_ANONYMOUS_REPORTS_PER_MINUTE: String(PER_MINUTE),
      },
    });
    db = server.app.get<SqlDatabase>(SQL_DATABASE);
    inspector = await logIn('inspector.wu');
    const device = DEMO_KIOSK_DEVICES[0];
    if (device === undefined) throw new Error('no demo kiosk');
    const provisioned = await fetch(`${server.baseUrl}/api/kiosk/device-session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ credential: demoKioskCredential(device) }),
    });
    expect(provisioned.status).toBe(200);
    const walkIn = await fetch(`${server.baseUrl}/api/kiosk/sessions`, {
      method: 'POST',
      headers: { cookie: cookiesOf(provisioned) },
    });
    expect(walkIn.status).toBe(201);
    walkInCookies = `${cookiesOf(provisioned)}; ${cookiesOf(walkIn)}`;
    expect(walkInCookies).toContain(SESSION_COOKIES.kioskWalkIn);
  });

  afterAll(async () => {
    restore();
    await server.close();
  });

  it('takes an anonymous report from a kiosk walk-in and gives a 20-character receipt code, touching no session', async () => {
    const sessionsBefore = await db.query(
      'SELECT row_to_json(s)::text AS row FROM identity_sessions s ORDER BY 1',
    );
    const answer = await fetch(`${server.baseUrl}${BASE}/anonymous`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: walkInCookies,
        'x-forwarded-for': MARK.ip,
        'user-agent': MARK.agent,
        'x-correlation-id': MARK.correlation,
      },
      body: JSON.stringify(anonymousReport(MARK.description)),
    });
    expect(answer.status).toBe(201);
    const body = (await answer.json()) as { receiptCode: string; registeredFrom: string };
    receiptCode = body.receiptCode;
    expect(receiptCode.replace(/-/gu, '')).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/u);
    expect(body.registeredFrom).toBe('next-day');
    const sessionsAfter = await db.query(
      'SELECT row_to_json(s)::text AS row FROM identity_sessions s ORDER BY 1',
    );
    expect(sessionsAfter.rows).toEqual(sessionsBefore.rows);
    const top = await db.query<{ p: string | null }>('SELECT max(global_position)::text AS p FROM es_events');
    positionAfterSubmission = BigInt(top.rows[0]?.p ?? '0');
    // Nothing of it is in the log yet: the intake holds the day and the content until the day has ended.
    const inLog = await db.query("SELECT 1 FROM es_events WHERE data::text LIKE '%MARK-Zq7W%'");
    expect(inLog.rows).toHaveLength(0);
  });

  it('reads the report back with code and passphrase, and never tells a wrong code from a wrong passphrase', async () => {
    const reporter = new HttpClient(server.baseUrl);
    const read = await expectStatus<{ status: string; pendingInformation: number }>(
      'follow-up',
      reporter.post(`${BASE}/follow-up`, { receiptCode, passphrase: 'correct horse battery' }),
      200,
    );
    expect(read.status).toBe('received');
    const wrongPassphrase = await reporter.post<{ error: string }>(`${BASE}/follow-up`, {
      receiptCode,
      passphrase: 'wrong horse battery',
    });
    const wrongCode = await reporter.post<{ error: string }>(`${BASE}/follow-up`, {
      receiptCode: 'ABCD-EFGH-JKMN-PQRS-TVWX',
      passphrase: 'correct horse battery',
    });
    expect(wrongPassphrase.status).toBe(404);
    expect(wrongCode.status).toBe(404);
    expect(wrongPassphrase.body.error).toBe(wrongCode.body.error);
    await expectStatus(
      'more information',
      reporter.post(`${BASE}/follow-up/information`, {
        receiptCode,
        passphrase: 'correct horse battery',
        text: '补充：时间为11月下旬 MARK-Zq7W',
      }),
      202,
    );
  });

  it('enters the day’s intake after the day has ended, under no actor, correlation or address', async () => {
    const pass = server.app.get(MisconductReportPass);
    expect(await pass.run()).toEqual({ entered: 0, flagged: 0 });
    clock.set(new Date('2026-12-03T01:00:00.000Z'));
    expect((await pass.run()).entered).toBe(2);
    await settle();
    // The staff session of yesterday has timed out.
    inspector = await logIn('inspector.wu');
    const events = await db.query<{
      stream_id: string;
      global_position: string;
      data: unknown;
      metadata: Record<string, unknown>;
      event_type: string;
    }>(
      `SELECT stream_id, global_position::text AS global_position, data, metadata, event_type FROM es_events
       WHERE stream_id LIKE 'service-centre-misconduct-report-%' AND stream_id <> $1 ORDER BY global_position`,
      [`service-centre-misconduct-report-${DEMO_REPORT_ID}`],
    );
    expect(events.rows.map((e) => e.event_type)).toEqual([
      'MisconductReportFiled',
      'MisconductReportSupplemented',
    ]);
    reportId = (events.rows[0]?.stream_id ?? '').replace('service-centre-misconduct-report-', '');
    for (const event of events.rows) {
      expect(BigInt(event.global_position)).toBeGreaterThan(positionAfterSubmission);
      expect(event.metadata['actorId']).toBe('misconduct-report-intake');
      expect(event.metadata['correlationId']).toBe('misconduct-report-intake');
      // The only time on the event is the pass's (the next day), never the submission's.
      expect(String(event.metadata['occurredAt'])).toMatch(/^2026-12-03T/u);
      expect(JSON.stringify(event.data)).not.toMatch(/T\d{2}:\d{2}/u);
      expect(JSON.stringify(event.data)).toContain('2026-12-02');
    }
    const intake = await db.query('SELECT 1 FROM service_centre_report_intake');
    expect(intake.rows).toHaveLength(0);
  });

  it('leaves no address, agent, correlation, session or device of the reporter in any table or in the logs', async () => {
    const deviceId = DEMO_KIOSK_DEVICES[0]?.deviceId ?? 'none';
    const rows = await everyRow();
    for (const marker of [MARK.ip, MARK.agent, MARK.correlation, 'Zq7W-kiosk'])
      expect(rows.filter((r) => r.row.includes(marker)).map((r) => r.table)).toEqual([]);
    const reportRows = rows.filter((r) => r.row.includes('MARK-Zq7W') || r.row.includes(reportId));
    expect(reportRows.length).toBeGreaterThan(0);
    for (const { table, row } of reportRows) {
      expect({ table, device: row.includes(deviceId) }).toEqual({ table, device: false });
      expect({ table, walkIn: row.includes('kiosk-enterprise') }).toEqual({ table, walkIn: false });
      // No time of day in any row about the report, except the event's pass-time metadata checked above.
      if (table !== 'public.es_events')
        expect({ table, row }).toEqual({ table, row: expect.not.stringMatching(/\d{2}:\d{2}:\d{2}/u) });
    }
    // Nest names every route once at start-up ("Mapped {…}"); no request to it may be logged.
    const logs = captured
      .join('')
      .split('\n')
      .filter((line) => !line.includes('Mapped {'))
      .join('\n');
    // The capture works: a traced request's line (the inspector's login) is in it.
    expect(logs).toContain('/api/auth/login');
    for (const marker of [
      MARK.ip,
      MARK.agent,
      MARK.correlation,
      'MARK-Zq7W',
      '/misconduct-reports/anonymous',
    ])
      expect(logs.includes(marker) ? marker : null).toBeNull();
    // Nor in the HTTP metrics, whose scraped counters would date the report (the login is counted there).
    const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
    expect(metrics).toContain('/api/auth/login');
    expect(metrics).not.toContain('misconduct-reports/anonymous');
    expect(metrics).not.toContain('misconduct-reports/follow-up');
  });

  it('lets the discipline inspector read it, records every read, and flags the accused official’s dealings while it is open', async () => {
    const page = await expectStatus<{ items: { reportId: string; escalation: { dueOn: string } }[] }>(
      'desk list',
      inspector.get(`${BASE}/desk/reports`),
      200,
    );
    expect(page.items.map((i) => i.reportId)).toContain(reportId);
    // About the head of the unit: one level up within 5 working days of 2026-12-02.
    expect(page.items.find((i) => i.reportId === reportId)?.escalation.dueOn).toBe('2026-12-09');
    const report = await expectStatus<{ description: string; reporter: unknown; entries: unknown[] }>(
      'desk report',
      inspector.get(`${BASE}/desk/reports/${reportId}`),
      200,
    );
    expect(report.description).toBe(MARK.description);
    expect(report.reporter).toBeNull();
    expect(report.entries).toHaveLength(1);
    await expectStatus(
      'identify',
      inspector.post(`${BASE}/desk/reports/${reportId}/accused`, { officialId: ZHOU, headsUnit: true }),
      200,
    );
    await settle();
    const flags = await expectStatus<Flags>(
      'flags',
      inspector.get(`${BASE}/desk/reports/${reportId}/flags`),
      200,
    );
    expect(flags.reviewing).toBe(true);
    expect(flags.pairings.items.map((p) => p.enterpriseName)).toContain(YONGCHUANG);
    // His five demo filings (政商交往报备), each in its state, the enterprise named from the directory replica.
    expect(flags.filings.items.map((f) => [f.role, f.outcome, f.report]).sort()).toEqual(
      [
        ['filed', 'approved', 'overdue'],
        ['filed', 'approved', 'reported'],
        ['filed', 'approved', null],
        ['filed', 'refused', null],
        ['filed', 'requested', null],
      ].sort(),
    );
    expect(new Set(flags.filings.items.flatMap((f) => f.enterprises.map((e) => e.name)))).toEqual(
      new Set([YONGCHUANG]),
    );
    // A leading official neither approves nor handles requests in the demo.
    expect(flags.approvals.items).toEqual([]);
    expect(flags.handledRequests.items).toEqual([]);
    await settle();
    const reads = await expectStatus<{ items: { readBy: string; what: string }[] }>(
      'reads',
      inspector.get(`${BASE}/desk/reports/${reportId}/reads`),
      200,
    );
    expect(reads.items.map((r) => r.what)).toEqual(['flags', 'report']);
    expect(new Set(reads.items.map((r) => r.readBy))).toEqual(
      new Set(['01960000-0000-7000-8000-000000000103']),
    );
    await expectStatus(
      'answer',
      inspector.post(`${BASE}/desk/reports/${reportId}/answers`, { text: '已受理，正在核查。' }),
      200,
    );
    await settle();
    const back = await expectStatus<{ status: string; answers: { text: string }[] }>(
      'reporter reads the answer',
      new HttpClient(server.baseUrl).post(`${BASE}/follow-up`, {
        receiptCode,
        passphrase: 'correct horse battery',
      }),
      200,
    );
    expect(back).toMatchObject({ status: 'open', answers: [{ text: '已受理，正在核查。' }] });
  });

  it('refuses an accused unit that is not on the units list — unknown, or a centre — with 400 naming the field, keeping nothing', async () => {
    const units = await expectStatus<{ unitId: string }[]>(
      'units',
      new HttpClient(server.baseUrl).get(`${BASE}/units`),
      200,
    );
    expect(units.map((u) => u.unitId)).toContain('dept-market-regulation');
    expect(units.map((u) => u.unitId)).not.toContain('centre-haishu');
    for (const unitId of ['dept-nowhere', 'centre-haishu']) {
      const answer = await fetch(`${server.baseUrl}${BASE}/anonymous`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(anonymousReport('单位不存在 MARK-Unit', unitId)),
      });
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({
        error: 'unknown-unit',
        field: 'accused.unitId',
        message: { zh: expect.stringContaining(unitId), en: expect.stringContaining(unitId) },
      });
    }
    const entered = await inspector.post<{ field: string }>(`${BASE}/desk/records`, {
      ...anonymousReport('来信 MARK-Unit', 'dept-nowhere'),
      passphrase: undefined,
      reporterName: '王某',
      reporterPhone: '13800001111',
    });
    expect(entered.status).toBe(400);
    expect(entered.body.field).toBe('accused.unitId');
    expect((await everyRow()).filter((r) => r.row.includes('MARK-Unit'))).toEqual([]);
  });

  it('takes a budget of anonymous filings a minute from everyone together, then answers 503 with Retry-After, keeping and logging nothing of the refused', async () => {
    const file = (description: string) =>
      fetch(`${server.baseUrl}${BASE}/anonymous`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(anonymousReport(description)),
      });
    const intakeRows = async () => (await db.query('SELECT 1 FROM service_centre_report_intake')).rows.length;
    clock.set(new Date('2026-12-03T01:00:20.000Z'));
    const before = await intakeRows();
    for (let i = 0; i < PER_MINUTE; i += 1) expect((await file(`第${i + 1}份 MARK-Budget`)).status).toBe(201);
    const refused = await file('超出预算 MARK-Refused');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(await refused.json()).toMatchObject({
      error: 'reports-busy',
      retryAfterSeconds: 40,
      message: {
        zh: '本分钟受理的匿名举报已达上限，请40秒后再试',
        en: 'The anonymous reports this minute have reached their limit; try again in 40 seconds',
      },
    });
    expect(await intakeRows()).toBe(before + PER_MINUTE);
    expect((await everyRow()).filter((r) => r.row.includes('MARK-Refused'))).toEqual([]);
    expect(captured.join('').includes('reports-busy') ? 'logged' : null).toBeNull();
    // The next minute takes filings again.
    clock.set(new Date('2026-12-03T01:01:00.000Z'));
    expect((await file('下一分钟 MARK-Budget')).status).toBe(201);
  });

  it('flags the approvals and the requests a linked account acted on, page by page, only while the report is open', async () => {
    const { reportId: letter } = await expectStatus<{ reportId: string }>(
      'enter a report by letter',
      inspector.post(`${BASE}/desk/records`, {
        category: 'collusion',
        accused: { name: '李某', unitId: 'dept-market-regulation', position: '科员', headsUnit: false },
        description: '来信反映：经办人为特定企业加快办理。',
        reporterName: '张某',
        reporterPhone: '13900000001',
      }),
      201,
    );
    const desk = `${BASE}/desk/reports/${letter}`;
    // The desk reads the report's read model: wait for the link to reach it before reading the flags.
    const link = async (officialId: string | null) => {
      await expectStatus('link', inspector.post(`${desk}/accused`, { officialId, headsUnit: false }), 200);
      await settle();
    };
    const flagsNow = () => expectStatus<Flags>('flags', inspector.get(`${desk}/flags`), 200);
    await settle();

    const unlinked = await flagsNow();
    expect(unlinked).toMatchObject({
      reviewing: false,
      filings: { items: [] },
      handledRequests: { items: [] },
    });

    // The department handler: the requests he accepted, answered, resolved — never an approval.
    await link(LI);
    const handler = await flagsNow();
    expect(handler.officialId).toBe(LI);
    expect(handler.approvals.items).toEqual([]);
    expect(handler.handledRequests.items.length).toBeGreaterThanOrEqual(5);
    const acts = handler.handledRequests.items.flatMap((h) => h.actions);
    expect(acts).toEqual(expect.arrayContaining(['accepted', 'replied', 'resolved', 'rating-appealed']));
    expect(handler.handledRequests.items.every((h) => h.enterprise?.name !== null)).toBe(true);
    expect(handler.filings.items).toEqual([]);

    // One section page by page: the pages together are the first page, nothing twice, nothing skipped.
    const seen: string[] = [];
    let pages = 0;
    let after: string | null = null;
    do {
      const query: string = after === null ? '?limit=2' : `?limit=2&after=${encodeURIComponent(after)}`;
      const answer = await expectStatus<{ reviewing: boolean; page: Page<{ requestId: string }> }>(
        'a page of handled requests',
        inspector.get(`${desk}/flags/handled-requests${query}`),
        200,
      );
      expect(answer.page.items.length).toBeLessThanOrEqual(2);
      seen.push(...answer.page.items.map((i) => i.requestId));
      after = answer.page.next;
      pages++;
    } while (after !== null);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual(handler.handledRequests.items.map((h) => h.requestId));
    expect((await inspector.get(`${desk}/flags/handled-requests?after=2026-02-30%7Cx`)).status).toBe(400);
    expect((await inspector.get(`${desk}/flags/everything`)).status).toBe(404);

    // The supervisor: the approvals he gave on requests (暂停超期, 延期, 核减, 评价申诉), each with its enterprise.
    await link(CHEN);
    const supervisor = await flagsNow();
    expect(supervisor.approvals.items.map((a) => a.action).sort()).toEqual(
      [
        'extension-approved',
        'pause-extension-approved',
        'rate-exclusion-approved',
        'rating-appeal-rejected',
      ].sort(),
    );
    expect(supervisor.approvals.items.every((a) => a.enterprise?.name !== null)).toBe(true);
    expect(supervisor.handledRequests.items.flatMap((h) => h.actions)).toContain('callback-recorded');

    // The superior: the filings he decided (four of 周建国's five; one awaits him).
    await link(SUN);
    const superior = await flagsNow();
    expect(superior.filings.items.map((f) => f.role)).toEqual(['decided', 'decided', 'decided', 'decided']);
    expect(superior.filings.items.map((f) => f.outcome).sort()).toEqual(
      ['approved', 'approved', 'approved', 'refused'].sort(),
    );

    // Every read that showed something is on the report's read history.
    await settle();
    const reads = await expectStatus<{ items: { what: string }[] }>(
      'reads',
      inspector.get(`${desk}/reads`),
      200,
    );
    expect(reads.items.filter((r) => r.what === 'flags')).toHaveLength(3 + pages);

    // Concluded: nothing is flagged any more, in any section.
    await expectStatus(
      'conclude',
      inspector.post(`${desk}/conclusion`, {
        outcome: 'unsubstantiated',
        areaCode: '330203',
        summary: '经核查不属实。',
      }),
      200,
    );
    await settle();
    const closed = await flagsNow();
    expect(closed).toMatchObject({
      officialId: SUN,
      reviewing: false,
      pairings: { items: [] },
      requests: { items: [] },
      filings: { items: [] },
      approvals: { items: [] },
      handledRequests: { items: [] },
    });
    expect(
      await expectStatus('a section after the conclusion', inspector.get(`${desk}/flags/filings`), 200),
    ).toMatchObject({ reviewing: false, page: { items: [], next: null } });
  });

  it('answers 404 on every report path to every other role — the accused, his unit, his superiors and all the rest', async () => {
    const paths: readonly (readonly ['GET' | 'POST', string, unknown?])[] = [
      ['GET', `${BASE}/desk/reports`],
      ['GET', `${BASE}/desk/reports?limit=abc`],
      ['POST', `${BASE}/desk/records`, {}],
      ['GET', `${BASE}/desk/reports/${reportId}`],
      ['GET', `${BASE}/desk/reports/${reportId}/reads`],
      ['GET', `${BASE}/desk/reports/${reportId}/flags`],
      ['GET', `${BASE}/desk/reports/${reportId}/flags/filings`],
      ['GET', `${BASE}/desk/reports/${reportId}/flags/approvals?limit=1`],
      ['GET', `${BASE}/desk/reports/${reportId}/flags/handled-requests?after=not-a-cursor`],
      ['POST', `${BASE}/desk/reports/${reportId}/accused`, { officialId: null, headsUnit: false }],
      ['POST', `${BASE}/desk/reports/${reportId}/classification`, { category: 'other' }],
      ['POST', `${BASE}/desk/reports/${reportId}/answers`, { text: 'x' }],
      ['POST', `${BASE}/desk/reports/${reportId}/information`, { text: 'x' }],
      ['POST', `${BASE}/desk/reports/${reportId}/escalation`, { toBody: 'x' }],
      [
        'POST',
        `${BASE}/desk/reports/${reportId}/conclusion`,
        { outcome: 'unsubstantiated', areaCode: '330203', summary: 'x' },
      ],
      ['POST', `${BASE}/follow-up`, { receiptCode, passphrase: 'a guess of the accused' }],
    ];
    const staff = [
      'official.zhou', // the accused
      'handler.li', // his unit (dept-market-regulation)
      'official.sun', // his superior
      'supervisor.chen', // his superior's superior, and the supervisor role
      'staff.wang',
      'handler.zhao',
      'handler.qian',
      'admin',
      'credit.zhao',
      'party.lin',
    ];
    const callers: [string, (method: string, path: string, body?: unknown) => Promise<number>][] = [];
    for (const username of staff) {
      const client = await logIn(username);
      callers.push([
        username,
        async (method, path, body) =>
          (method === 'GET' ? await client.get(path) : await client.post(path, body)).status,
      ]);
    }
    const kioskCall = (cookie: string) => async (method: string, path: string, body?: unknown) =>
      (
        await fetch(`${server.baseUrl}${path}`, {
          method,
          headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
      ).status;
    callers.push(['kiosk-enterprise', kioskCall(walkInCookies)]);
    callers.push(['kiosk-device', kioskCall(walkInCookies.split('; ')[0] ?? '')]);
    const answers: string[] = [];
    for (const [who, call] of callers)
      for (const [method, path, body] of paths) {
        // Follow-up guesses are throttled per receipt after a few: 429 is no answer about the report either.
        const status = await call(method, path, body);
        if (status !== 404 && !(status === 429 && path.endsWith('/follow-up')))
          answers.push(`${who} ${method} ${path} → ${status}`);
      }
    expect(answers).toEqual([]);
    // The inspector, for contrast, is answered.
    expect((await inspector.get(`${BASE}/desk/reports/${reportId}`)).status).toBe(200);
  });
});
