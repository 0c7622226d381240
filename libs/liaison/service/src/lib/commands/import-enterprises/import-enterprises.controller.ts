import { Controller, HttpCode, HttpException, HttpStatus, Inject, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  importEnterprisesQuery,
  type ImportEnterprisesQuery,
  type ImportReport,
} from '@qinqing/liaison/contracts';
import {
  areaOfCreditCode,
  type EnterpriseCommand,
  enterpriseDecider,
  type EnterpriseDetails,
  type EnterpriseDetailsInput,
  type EnterpriseError,
  type EnterpriseEvent,
  enterpriseStreamId,
} from '@qinqing/liaison/domain';
import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  type Clock,
  type CommandHandler,
  DomainRejectionError,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, CLOCK, COMMAND_HANDLER, EVENT_STORE, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { directoryActor } from '../../application/directory-actor';
import { DivisionDirectory } from '../../application/division-directory.service';
import { type ImportRow, mapColumns, readRows, type RowProblem } from './import-rows';
import {
  CSV_TYPES,
  readCsv,
  readXlsx,
  type SheetRows,
  UnreadableSpreadsheetError,
  XLSX_TYPE,
} from './spreadsheet';

/** The most data rows one file may hold (the body is limited to IMPORT_BODY_LIMIT as well). */
export const IMPORT_ROWS_MAX = 10_000;

const refuse = (status: number, error: string, zh: string, en: string, extra: object = {}): HttpException =>
  new HttpException({ error, message: { zh, en }, ...extra }, status);

type Outcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'changed'; readonly fields: readonly string[] }
  | { readonly kind: 'unchanged' };

const outcomeOf = (events: readonly DomainEvent[]): Outcome => {
  const [event] = events;
  if (event === undefined) return { kind: 'unchanged' };
  if (event.type === 'EnterpriseRegistered') return { kind: 'created' };
  return { kind: 'changed', fields: Object.keys((event.data as { changes: object }).changes) };
};

/**
 * Import of the spreadsheets centres keep (CSV or XLSX as the raw request body): each row registers a new
 * enterprise or corrects one already in the directory, by its credit code; a row that changes nothing records
 * nothing, so the same file twice is silent. `dryRun=true` decides every row against the current stream and
 * reports what would change, appending nothing. Problems are reported by row and column, in both languages.
 */
@ApiTags('enterprises')
@Controller('enterprises')
export class ImportEnterprisesController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly divisions: DivisionDirectory,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Allow('administrator')
  @ApiConsumes(...CSV_TYPES, XLSX_TYPE)
  @ApiOperation({ summary: 'Import enterprises from CSV or XLSX (raw body); dryRun=true appends nothing' })
  @ApiZodQuery(importEnterprisesQuery)
  async import(
    @ZodQuery(importEnterprisesQuery) query: ImportEnterprisesQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<ImportReport> {
    const sheet = await this.read(request);
    if (sheet.rows.length > IMPORT_ROWS_MAX)
      throw refuse(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'too-many-rows',
        `一次至多导入${IMPORT_ROWS_MAX}行，文件有${sheet.rows.length}行，请分批导入`,
        `At most ${IMPORT_ROWS_MAX} rows per file; this one has ${sheet.rows.length}; split it`,
      );
    const map = mapColumns(sheet.header);
    if (map.missing.length > 0)
      throw refuse(
        HttpStatus.BAD_REQUEST,
        'missing-columns',
        `表头缺少必填列：${map.missing.join('、')}（统一社会信用代码、企业名称、行业代码）`,
        `The header lacks required columns: ${map.missing.join(', ')} (credit code, name, industry code)`,
        { fields: map.missing.map((field) => ({ field, code: 'missing-column' })) },
      );
    const { rows, problems } = readRows(sheet, map);
    const report: {
      created: { row: number; creditCode: string }[];
      changed: { row: number; creditCode: string; fields: readonly string[] }[];
      unchanged: { row: number; creditCode: string }[];
      errors: RowProblem[];
    } = { created: [], changed: [], unchanged: [], errors: [...problems] };
    const headingOf = (field: string): string =>
      map.columns.get(field as never)?.heading ?? (field === 'creditCode' ? '统一社会信用代码' : field);
    for (const row of rows) {
      try {
        this.checkArea(row);
        const outcome = query.dryRun ? await this.decide(row, actor) : await this.apply(row, actor, request);
        if (outcome.kind === 'created') report.created.push({ row: row.row, creditCode: row.creditCode });
        else if (outcome.kind === 'changed')
          report.changed.push({ row: row.row, creditCode: row.creditCode, fields: outcome.fields });
        else report.unchanged.push({ row: row.row, creditCode: row.creditCode });
      } catch (error) {
        if (!(error instanceof DomainRejectionError)) throw error;
        const field = error.error.field ?? 'creditCode';
        report.errors.push({
          row: row.row,
          column: headingOf(field),
          field,
          code: error.error.code,
          message: error.error.message,
        });
      }
    }
    report.errors.sort((a, b) => a.row - b.row);
    return {
      dryRun: query.dryRun,
      summary: {
        rows: sheet.rows.length,
        created: report.created.length,
        changed: report.changed.length,
        unchanged: report.unchanged.length,
        errors: new Set(report.errors.map((e) => e.row)).size,
      },
      ignoredColumns: map.ignored,
      ...report,
    };
  }

  private async read(request: Request): Promise<SheetRows> {
    const body: unknown = request.body;
    const isXlsx = request.is(XLSX_TYPE) === XLSX_TYPE;
    const isCsv = !isXlsx && request.is([...CSV_TYPES]) !== false && request.is([...CSV_TYPES]) !== null;
    if ((!isXlsx && !isCsv) || !Buffer.isBuffer(body))
      throw refuse(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'unsupported-spreadsheet',
        '请以 text/csv（UTF-8）或 XLSX（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）作为请求体上传',
        'Send the file as the request body, as text/csv (UTF-8) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
      );
    try {
      return isXlsx ? await readXlsx(body) : readCsv(body);
    } catch (error) {
      if (!(error instanceof UnreadableSpreadsheetError)) throw error;
      throw refuse(
        HttpStatus.BAD_REQUEST,
        'unreadable-spreadsheet',
        `无法读取该${isXlsx ? 'XLSX' : 'CSV'}文件，请检查格式`,
        `The ${isXlsx ? 'XLSX' : 'CSV'} file cannot be read; check its format`,
      );
    }
  }

  /** An area named in the file, other than the credit code's, must be a division the dataset knows. */
  private checkArea(row: ImportRow): void {
    const area = row.values.areaCode;
    if (typeof area !== 'string' || area === areaOfCreditCode(row.creditCode)) return;
    if (this.divisions.lookup(area) !== null) return;
    throw new DomainRejectionError({
      kind: 'validation',
      code: 'unknown-area-code',
      field: 'areaCode',
      message: {
        zh: `“${area}”不是现行行政区划代码（GB/T 2260，区县6位、乡镇街道9位）`,
        en: `"${area}" is not a current division code (GB/T 2260: 6 digits for a county, 9 for a town or street)`,
      },
    });
  }

  private command(row: ImportRow, exists: boolean, actor: Actor): EnterpriseCommand {
    const by = directoryActor(actor);
    if (!exists) {
      const v = row.values;
      const details: EnterpriseDetailsInput = {
        name: (v.name as string | undefined) ?? '',
        industry: (v.industry as string | undefined) ?? '',
        employees: (v.employees as number | undefined) ?? null,
        revenue: (v.revenue as number | undefined) ?? null,
        assets: (v.assets as number | undefined) ?? null,
        chambers: (v.chambers as string[] | undefined) ?? [],
        tags: (v.tags as EnterpriseDetails['tags'] | undefined) ?? [],
        contactPhone: (v.contactPhone as string | undefined) ?? null,
        ...(v.areaCode === undefined ? {} : { areaCode: v.areaCode as string }),
      };
      return { type: 'RegisterEnterprise', creditCode: row.creditCode, details, by };
    }
    return {
      type: 'CorrectEnterpriseDetails',
      creditCode: row.creditCode,
      changes: row.values as Partial<EnterpriseDetails>,
      by,
    };
  }

  /** What the row would do, decided against the stream as it is; nothing appended. */
  private async decide(row: ImportRow, actor: Actor): Promise<Outcome> {
    const history = await this.store.readStream(enterpriseStreamId(row.creditCode));
    const state = history.reduce(
      (s, e) => enterpriseDecider.evolve(s, { type: e.type, data: e.data } as EnterpriseEvent),
      enterpriseDecider.initialState(),
    );
    const decision = enterpriseDecider.decide(this.command(row, state.status !== 'absent', actor), state, {
      now: this.clock.now(),
    });
    if (decision.outcome === 'rejected') throw new DomainRejectionError(decision.error as EnterpriseError);
    return outcomeOf(decision.events);
  }

  private async apply(row: ImportRow, actor: Actor, request: Request): Promise<Outcome> {
    const streamId = enterpriseStreamId(row.creditCode);
    const history = await this.store.readStream(streamId);
    const result = await this.commands.handle(
      enterpriseDecider,
      streamId,
      this.command(row, history.length > 0, actor),
      commandMetadataFor(request, actor, 'import-enterprises'),
    );
    return outcomeOf(result.events);
  }
}
