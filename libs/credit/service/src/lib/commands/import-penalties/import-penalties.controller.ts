import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { Controller, HttpCode, HttpException, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  importPenaltiesQuery,
  type ImportPenaltiesQuery,
  type PenaltyImportReport,
} from '@qinqing/credit/contracts';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { ApiZodQuery, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { PenaltyImporter } from './penalty-importer';
import { type CsvRows, mapPenaltyColumns, readPenaltyCsv, UnreadableCsvError } from './penalty-rows';

export const PENALTY_CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'] as const;

/** The largest file the import reads, and the most data rows in it. */
export const PENALTY_IMPORT_BODY_LIMIT = '5mb';
export const PENALTY_IMPORT_ROWS_MAX = 10_000;

const refuse = (status: number, error: string, zh: string, en: string, extra: object = {}): HttpException =>
  new HttpException({ error, message: { zh, en }, ...extra }, status);

/**
 * Administrative penalties in the 双公示 field set, from CSV (the raw request body): each row a record, idempotent
 * by document number (the same file again records nothing); problems by row and column in both languages;
 * `dryRun=true` appends nothing.
 */
@ApiTags('credit')
@Controller('credit/records')
export class ImportPenaltiesController {
  constructor(private readonly importer: PenaltyImporter) {}

  @Post('import')
  @HttpCode(200)
  @Allow(...CREDIT_OFFICERS)
  @ApiConsumes(...PENALTY_CSV_TYPES)
  @ApiOperation({
    summary: 'Import administrative penalties (双公示 CSV, raw body); dryRun=true appends nothing',
  })
  @ApiZodQuery(importPenaltiesQuery)
  async import(
    @ZodQuery(importPenaltiesQuery) query: ImportPenaltiesQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<PenaltyImportReport> {
    const sheet = this.read(request);
    if (sheet.rows.length > PENALTY_IMPORT_ROWS_MAX)
      throw refuse(
        HttpStatus.PAYLOAD_TOO_LARGE,
        'too-many-rows',
        `一次至多导入${PENALTY_IMPORT_ROWS_MAX}行，文件有${sheet.rows.length}行，请分批导入`,
        `At most ${PENALTY_IMPORT_ROWS_MAX} rows per file; this one has ${sheet.rows.length}; split it`,
      );
    const map = mapPenaltyColumns(sheet.header);
    if (map.missing.length > 0)
      throw refuse(
        HttpStatus.BAD_REQUEST,
        'missing-columns',
        `表头缺少必填列：${map.missing.join('、')}`,
        `The header lacks required columns: ${map.missing.join(', ')}`,
        { fields: map.missing.map((field) => ({ field, code: 'missing-column' })) },
      );
    return this.importer.run(sheet, map, {
      dryRun: query.dryRun,
      recordedBy: actorId(actor),
      metadata: commandMetadataFor(request, actor, 'import-penalties'),
    });
  }

  private read(request: Request): CsvRows {
    const body: unknown = request.body;
    const isCsv = request.is([...PENALTY_CSV_TYPES]);
    if (isCsv === false || isCsv === null || !Buffer.isBuffer(body))
      throw refuse(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'unsupported-file',
        '请以 text/csv（UTF-8）作为请求体上传',
        'Send the file as the request body, as text/csv (UTF-8)',
      );
    try {
      return readPenaltyCsv(body);
    } catch (error) {
      if (!(error instanceof UnreadableCsvError)) throw error;
      throw refuse(
        HttpStatus.BAD_REQUEST,
        'unreadable-csv',
        '无法读取该CSV文件，请检查格式',
        'The CSV file cannot be read; check its format',
      );
    }
  }
}
