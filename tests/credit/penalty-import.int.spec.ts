import type { PenaltyImportReport } from '@qinqing/credit/contracts';
import ExcelJS from 'exceljs';
import { XLSX_TYPE } from '@qinqing/shared/spreadsheet';
import { DEMO_PASSWORD } from '@qinqing/identity/service';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, HttpClient } from '../console/http-client';

const IMPORT = '/api/credit/records/import';

const HEADER =
  '行政相对人名称,统一社会信用代码,处罚决定书文号,处罚类别,处罚内容,处罚决定日期,处罚机关,数据来源,失信程度,处罚依据';
const ROWS = [
  '宁波海曙甬创智能制造有限公司,91330203MA2H5K7P7A,甬海市监罚〔2026〕101号,罚款,罚款人民币二万元,2026-05-10,宁波市海曙区市场监督管理局,海曙区市场监管局,一般,《中华人民共和国广告法》第五十五条',
  '宁波海曙甬创智能制造有限公司,91330203MA2H5K7P7A,甬海税罚〔2026〕7号,罚款,追缴税款并处罚款,2026/3/1,国家税务总局宁波市海曙区税务局,海曙区税务局,严重,《中华人民共和国税收征收管理法》第六十三条',
  '某公司,91330203MA2H5K7P7Z,甬海市监罚〔2026〕102号,警告,警告,2026-05-11,宁波市海曙区市场监督管理局,海曙区市场监管局,轻微,《广告法》',
  '某公司,91330203MA2H5K7P7A,甬海市监罚〔2026〕103号,警告,警告,2026-02-30,宁波市海曙区市场监督管理局,海曙区市场监管局,轻微,《广告法》',
  '某公司,91330203MA2H5K7P7A,甬海市监罚〔２０２６〕 101号,警告,警告,2026-05-11,宁波市海曙区市场监督管理局,海曙区市场监管局,轻微,《广告法》',
  '某公司,91330203MA2H5K7P7A,甬海市监罚〔2026〕104号,,警告,2026-05-11,宁波市海曙区市场监督管理局,海曙区市场监管局,轻微,《广告法》',
  '某公司,91330203MA2H5K7P7A,甬海市监罚〔2026〕105号,警告,警告,2026-05-11,宁波市海曙区市场监督管理局,海曙区市场监管局,很严重,《广告法》',
];
const FILE = `\uFEFF${HEADER},备注\n${ROWS.map((row) => `${row},`).join('\n')}\n`;

/** The 双公示 administrative-penalty import in the one-process app: per-row problems, dry run, idempotent. */
describe('credit: importing administrative penalties (双公示 CSV)', () => {
  let server: EmbeddedTestServer;
  let officer: HttpClient;

  const logIn = async (username: string): Promise<HttpClient> => {
    const client = new HttpClient(server.baseUrl);
    await expectStatus('log in', client.post('/api/auth/login', { username, password: DEMO_PASSWORD }), 200);
    return client;
  };

  const send = (client: HttpClient, body: string, query = '') =>
    client.postRaw<PenaltyImportReport>(`${IMPORT}${query}`, body, 'text/csv; charset=utf-8');

  beforeAll(async () => {
    server = await startEmbeddedTestServer();
    officer = await logIn('credit.zhao');
  });

  afterAll(() => server.close());

  it('a dry run reports each row and appends nothing', async () => {
    for (let i = 0; i < 2; i++) {
      const report = await expectStatus('dry run', send(officer, FILE, '?dryRun=true'), 200);
      expect(report.dryRun).toBe(true);
      expect(report.summary).toEqual({ rows: 7, created: 2, unchanged: 0, errors: 5 });
    }
  });

  it('records the valid rows and names each problem by row and column, in both languages', async () => {
    const report = await expectStatus('import', send(officer, FILE), 200);
    expect(report.created).toEqual([
      { row: 2, documentNumber: '甬海市监罚〔2026〕101号' },
      { row: 3, documentNumber: '甬海税罚〔2026〕7号' },
    ]);
    expect(report.ignoredColumns).toEqual(['备注']);
    expect(report.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 4, column: '统一社会信用代码', code: 'invalid-credit-code' },
      { row: 5, column: '处罚决定日期', code: 'invalid-decision-date' },
      { row: 6, column: '处罚决定书文号', code: 'duplicate-in-file' },
      { row: 7, column: '处罚类别', code: 'missing-value' },
      { row: 8, column: '失信程度', code: 'unknown-severity' },
    ]);
    for (const error of report.errors) {
      expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(error.message.en).toMatch(/[a-z]/u);
    }
    const again = await expectStatus<{ error: string }>(
      'record by hand',
      officer.post('/api/credit/records', {
        documentNumber: '甬海税罚〔2026〕7号',
        kind: 'administrative-penalty',
        severity: 'serious',
        issuingAuthority: '国家税务总局宁波市海曙区税务局',
        decidedOn: '2026-03-01',
        legalBasis: '《中华人民共和国税收征收管理法》第六十三条',
        evidenceReference: '海曙区税务局',
        creditCode: '91330203MA2H5K7P7A',
        enterpriseName: '宁波海曙甬创智能制造有限公司',
      }),
      409,
    );
    expect(again.error).toBe('record-exists');
  });

  it('is idempotent by document number: the same file again records nothing', async () => {
    const report = await expectStatus('again', send(officer, FILE), 200);
    expect(report.summary).toMatchObject({ created: 0, unchanged: 2 });
    expect(report.unchanged.map((entry) => entry.row)).toEqual([2, 3]);
  });

  it('refuses a row that would change a recorded penalty: a correction with its reason does that', async () => {
    const changed = ROWS[0]?.replace('一般,', '严重,') ?? '';
    const report = await expectStatus('changed', send(officer, `${HEADER}\n${changed}\n`), 200);
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 2, column: '处罚决定书文号', code: 'record-differs' }),
    ]);
    expect(report.errors[0]?.message.zh).toContain('失信程度');
  });

  it('reads the same items from an XLSX workbook (the first sheet), idempotent with the CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('行政处罚');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(ROWS[0]?.split(',') ?? []);
    sheet.addRow([
      '宁波海曙甬创智能制造有限公司',
      '91330203MA2H5K7P7A',
      '甬海市监罚〔2026〕120号',
      '罚款',
      '罚款人民币一万元',
      new Date(Date.UTC(2026, 5, 1)),
      '宁波市海曙区市场监督管理局',
      '海曙区市场监管局',
      '一般',
      '《中华人民共和国广告法》第五十八条',
    ]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await expectStatus<PenaltyImportReport>(
      'xlsx',
      officer.postRaw(IMPORT, file, XLSX_TYPE),
      200,
    );
    expect(report.errors).toEqual([]);
    expect(report.unchanged).toEqual([{ row: 2, documentNumber: '甬海市监罚〔2026〕101号' }]);
    expect(report.created).toEqual([{ row: 3, documentNumber: '甬海市监罚〔2026〕120号' }]);
    const broken = await expectStatus<{ error: string }>(
      'broken xlsx',
      officer.postRaw(IMPORT, 'not a workbook', XLSX_TYPE),
      400,
    );
    expect(broken.error).toBe('unreadable-spreadsheet');
  });

  it('refuses a file without the required columns, one that is neither CSV nor XLSX, and anyone but the credit officer', async () => {
    const missing = await expectStatus<{ error: string; fields: { field: string }[] }>(
      'missing columns',
      officer.postRaw(IMPORT, '行政相对人名称,统一社会信用代码\n甲,91330203MA2H5K7P7A\n', 'text/csv'),
      400,
    );
    expect(missing.error).toBe('missing-columns');
    expect(missing.fields.map((f) => f.field)).toContain('处罚决定书文号');
    await expectStatus('not csv', officer.postRaw(IMPORT, '{}', 'application/json'), 415);
    await expectStatus('anonymous', send(new HttpClient(server.baseUrl), FILE), 401);
    await expectStatus('service staff', send(await logIn('staff.wang'), FILE), 403);
  });
});
