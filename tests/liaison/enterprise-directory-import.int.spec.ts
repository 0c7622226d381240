import { DEMO_PASSWORD } from '@qinqing/identity/service';
import type { DirectoryEntry, ImportReport } from '@qinqing/liaison/contracts';
import { EnterpriseImporter } from '@qinqing/liaison/service';
import { readCsv } from '@qinqing/shared/spreadsheet';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';
import { EventSourcingHost } from '@qinqing/shared/nest-platform';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PATH = '/api/enterprises/import';

const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

/** Jinjiang (350582) enterprises, as a centre's spreadsheet has them: Chinese headings, units in brackets. */
const HEADER = [
  '统一社会信用代码',
  '企业名称',
  '行业代码',
  '从业人员（人）',
  '营业收入（万元）',
  '资产总额（万元）',
  '企业类别',
  '所属商会',
  '联系电话',
  '备注',
];
const A = creditCode('350582', 'MA2XJ01A');
const B = creditCode('350582', 'MA2XJ02B');
const C = creditCode('350582', 'MA2XJ03C');
const rows = [
  [
    A,
    '晋江恒安鞋服有限公司',
    'C1952',
    '1,200',
    '52000',
    '30000',
    '重点骨干、高成长',
    '晋江市鞋业商会',
    '13905951111',
    '老客户',
  ],
  [B, '晋江海丝物流有限公司', 'G5430', '80', '2500', '', '四新', '', '', ''],
  [C, '晋江云数软件有限公司', 'I6513', '35', '800', '', '', '', '', ''],
];
const wrongCheck = `${A.slice(0, 17)}${A.endsWith('0') ? '1' : '0'}`;
const badRows = [
  [wrongCheck, '校验位错误公司', 'C1952', '10', '10', '', '', '', '', ''],
  [creditCode('350582', 'MA2XJ04D'), '', 'Z99', 'many', '10', '', '贵宾', '', '', ''],
  [creditCode('350582', 'MA2XJ05E'), '电话错误公司', 'C1952', '10', '10', '', '', '', '0595-123', ''],
  [A, '重复行', 'C1952', '10', '10', '', '', '', '', ''],
];

const csv = (data: readonly (readonly string[])[]): string => `\uFEFF${stringify([HEADER, ...data])}`;

const xlsx = async (data: readonly (readonly (string | number)[])[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名录');
  sheet.addRow(HEADER);
  for (const row of data) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe('enterprise directory: import from CSV and XLSX', () => {
  let server: EmbeddedTestServer;
  let admin: HttpClient;

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    admin = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      admin.post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }),
      200,
    );
  });

  afterAll(() => server.close());

  const settle = () => server.app.get(EventSourcingHost).settle();

  it('a dry run shows what would be created and the problems by row and column, appending nothing', async () => {
    const report = await expectStatus<ImportReport>(
      'dry run',
      admin.postRaw(`${PATH}?dryRun=true`, csv([...rows, ...badRows]), 'text/csv; charset=utf-8'),
      200,
    );
    expect(report).toMatchObject({
      dryRun: true,
      summary: { rows: 7, created: 3, changed: 0, unchanged: 0, errors: 4 },
      ignoredColumns: ['备注'],
    });
    expect(report.created.map((c) => c.row)).toEqual([2, 3, 4]);
    const problems = report.errors.map((e) => [e.row, e.column, e.code]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [5, '统一社会信用代码', 'invalid-credit-code'],
        [6, '企业名称', 'required'],
        [6, '从业人员（人）', 'not-a-number'],
        [6, '企业类别', 'unknown-tag'],
        [7, '联系电话', 'invalid-contact-phone'],
        [8, '统一社会信用代码', 'duplicate-in-file'],
      ]),
    );
    for (const problem of report.errors) {
      expect(problem.message.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(problem.message.en).toMatch(/[a-z]/u);
    }
    await settle();
    await expectStatus('nothing recorded', admin.get(`/api/enterprises/${A}`), 404);
  });

  it('imports CSV: good rows recorded, bad rows reported; the same file again records nothing', async () => {
    const first = await expectStatus<ImportReport>(
      'import',
      admin.postRaw(PATH, csv([...rows, ...badRows]), 'text/csv'),
      200,
    );
    expect(first.summary).toEqual({ rows: 7, created: 3, changed: 0, unchanged: 0, errors: 4 });
    await settle();
    expect(await expectStatus<DirectoryEntry>('A', admin.get(`/api/enterprises/${A}`), 200)).toMatchObject({
      name: '晋江恒安鞋服有限公司',
      areaCode: '350582',
      employees: 1200,
      tags: ['key-backbone', 'high-growth'],
      chambers: ['晋江市鞋业商会'],
      size: 'large',
      industryGroup: 'industry',
    });
    const again = await expectStatus<ImportReport>('again', admin.postRaw(PATH, csv(rows), 'text/csv'), 200);
    expect(again.summary).toEqual({ rows: 3, created: 0, changed: 0, unchanged: 3, errors: 0 });
  });

  it('imports XLSX: a changed row corrects only its changed fields; dry run first shows them', async () => {
    const changed: (string | number)[][] = rows.map((row) => [...row]);
    changed[1] = [B, '晋江海丝物流有限公司', 'G5430', 320, 3500, '', '四新', '', '', ''];
    const file = await xlsx(changed);
    const dry = await expectStatus<ImportReport>(
      'dry run',
      admin.postRaw(`${PATH}?dryRun=true`, file, XLSX),
      200,
    );
    expect(dry.changed).toEqual([{ row: 3, creditCode: B, fields: ['employees', 'revenue'] }]);
    expect(dry.unchanged.map((u) => u.row)).toEqual([2, 4]);
    const real = await expectStatus<ImportReport>('import', admin.postRaw(PATH, file, XLSX), 200);
    expect(real.summary).toMatchObject({ changed: 1, unchanged: 2, created: 0, errors: 0 });
    await settle();
    expect(await expectStatus<DirectoryEntry>('B', admin.get(`/api/enterprises/${B}`), 200)).toMatchObject({
      employees: 320,
      size: 'medium',
      industryGroup: 'transport',
    });
  });

  it('imports a file of several batches in one go under a request’s idempotency key; the same file again changes nothing', async () => {
    const many = Array.from({ length: 1_234 }, (_, i) => [
      creditCode('350582', `MB${String(i).padStart(6, '0')}`),
      `晋江批量导入${i}有限公司`,
      'C1952',
      String(10 + i),
      '100',
      '',
      '',
      '',
      '',
      '',
    ]);
    many[700] = [...(many[700] as string[])];
    (many[700] as string[])[2] = 'Z99';
    const importer = server.app.get(EnterpriseImporter);
    const sheet = readCsv(Buffer.from(csv(many)));
    const options = {
      dryRun: false,
      by: { actorId: 'admin', role: 'administrator' },
      // A key names one command: the import does not let it make row 2 onwards replay row 1.
      metadata: {
        correlationId: 'import-many',
        actor: { id: 'admin', role: 'administrator' },
        idempotencyKey: 'import-enterprises:batch-test-1',
        requestFingerprint: 'f1',
      },
    } as const;

    const first = await importer.run(sheet, importer.columns(sheet), options);
    const again = await importer.run(sheet, importer.columns(sheet), options);

    expect(first.summary).toEqual({ rows: 1_234, created: 1_233, changed: 0, unchanged: 0, errors: 1 });
    expect(first.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [702, '行业代码', 'unknown-industry-code'],
    ]);
    expect(first.created.map((c) => c.row)).toEqual(
      Array.from({ length: 1_234 }, (_, i) => i + 2).filter((row) => row !== 702),
    );
    expect(again.summary).toEqual({ rows: 1_234, created: 0, changed: 0, unchanged: 1_233, errors: 1 });
    await settle();
    const last = many[1_233] as string[];
    expect(
      await expectStatus<DirectoryEntry>('last row', admin.get(`/api/enterprises/${last[0]}`), 200),
    ).toMatchObject({ name: '晋江批量导入1233有限公司', employees: 1_243 });
  });

  it('refuses what it cannot read: other content types, broken XLSX, missing columns, and non-administrators', async () => {
    await expectStatus('json', admin.post(PATH, { rows }), 415);
    await expectStatus(
      'broken xlsx',
      admin.postRaw(PATH, new Uint8Array([80, 75, 3, 4, 1, 2, 3]), XLSX),
      400,
    );
    const missing = await expectStatus<{ error: string; fields: { field: string }[] }>(
      'no industry column',
      admin.postRaw(PATH, '统一社会信用代码,企业名称\n' + `${A},x\n`, 'text/csv'),
      400,
    );
    expect(missing.error).toBe('missing-columns');
    expect(missing.fields.map((f) => f.field)).toEqual(['industry']);
    await expectStatus('bad dryRun', admin.postRaw(`${PATH}?dryRun=maybe`, csv(rows), 'text/csv'), 400);
    await expectStatus('too large', admin.postRaw(PATH, 'a'.repeat(6 * 1024 * 1024), 'text/csv'), 413);
    const staff = new HttpClient(server.baseUrl);
    await expectStatus(
      'log in',
      staff.post('/api/auth/login', { username: 'staff.wang', password: DEMO_PASSWORD }),
      200,
    );
    await expectStatus('service staff', staff.postRaw(PATH, csv(rows), 'text/csv'), 403);
    await expectStatus('anonymous', new HttpClient(server.baseUrl).postRaw(PATH, csv(rows), 'text/csv'), 401);
  });
});
