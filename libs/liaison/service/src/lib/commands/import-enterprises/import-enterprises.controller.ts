import { Controller, HttpCode, HttpException, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  importEnterprisesQuery,
  type ImportEnterprisesQuery,
  type ImportReport,
} from '@qinqing/liaison/contracts';
import { ApiZodQuery, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { directoryActor } from '../../application/directory-actor';
import { EnterpriseImporter } from './enterprise-importer';
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

/**
 * Import of the spreadsheets centres keep (CSV or XLSX as the raw request body): each row registers a new
 * enterprise or corrects one already in the directory, by its credit code; a row that changes nothing records
 * nothing, so the same file twice is silent. `dryRun=true` decides every row against the current stream and
 * reports what would change, appending nothing. Problems are reported by row and column, in both languages.
 */
@ApiTags('enterprises')
@Controller('enterprises')
export class ImportEnterprisesController {
  constructor(private readonly importer: EnterpriseImporter) {}

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
    const map = this.importer.columns(sheet);
    if (map.missing.length > 0)
      throw refuse(
        HttpStatus.BAD_REQUEST,
        'missing-columns',
        `表头缺少必填列：${map.missing.join('、')}（统一社会信用代码、企业名称、行业代码）`,
        `The header lacks required columns: ${map.missing.join(', ')} (credit code, name, industry code)`,
        { fields: map.missing.map((field) => ({ field, code: 'missing-column' })) },
      );
    return this.importer.run(sheet, map, {
      dryRun: query.dryRun,
      by: directoryActor(actor),
      metadata: commandMetadataFor(request, actor, 'import-enterprises'),
    });
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
}
