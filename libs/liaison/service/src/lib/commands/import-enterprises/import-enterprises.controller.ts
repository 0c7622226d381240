import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  importEnterprisesQuery,
  type ImportEnterprisesQuery,
  type ImportReport,
} from '@qinqing/liaison/contracts';
import { ApiZodQuery, importedSheet, missingColumnsException, ZodQuery } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { directoryActor } from '../../application/directory-actor';
import { EnterpriseImporter } from './enterprise-importer';
import { CSV_TYPES, XLSX_TYPE } from '@qinqing/shared/spreadsheet';

/** The most data rows one file may hold (the body is limited to IMPORT_BODY_LIMIT as well). */
export const IMPORT_ROWS_MAX = 10_000;

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
    const sheet = await importedSheet(request, { maxRows: IMPORT_ROWS_MAX });
    const map = this.importer.columns(sheet);
    if (map.missing.length > 0)
      throw missingColumnsException(map.missing, {
        zh: '（统一社会信用代码、企业名称、行业代码）',
        en: ' (credit code, name, industry code)',
      });
    return this.importer.run(sheet, map, {
      dryRun: query.dryRun,
      by: directoryActor(actor),
      metadata: commandMetadataFor(request, actor, 'import-enterprises'),
    });
  }
}
