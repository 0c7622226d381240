import { CREDIT_OFFICERS } from '../../application/credit-roles';
import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  importPenaltiesQuery,
  type ImportPenaltiesQuery,
  type PenaltyImportReport,
} from '@qinqing/credit/contracts';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { ApiZodQuery, importedSheet, missingColumnsException, ZodQuery } from '@qinqing/shared/nest-platform';
import { CSV_TYPES, XLSX_TYPE } from '@qinqing/shared/spreadsheet';
import type { Request } from 'express';
import { PenaltyImporter } from './penalty-importer';
import { mapPenaltyColumns } from './penalty-rows';

/** The import's file types: CSV (UTF-8) or XLSX, as the raw request body. */
export const PENALTY_FILE_TYPES = [...CSV_TYPES, XLSX_TYPE] as const;

/** The largest file the import reads, and the most data rows in it. */
export const PENALTY_IMPORT_BODY_LIMIT = '5mb';
export const PENALTY_IMPORT_ROWS_MAX = 10_000;

/**
 * Administrative penalties in the 双公示 field set, from CSV or XLSX (the raw request body): each row a record, idempotent
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
  @ApiConsumes(...PENALTY_FILE_TYPES)
  @ApiOperation({
    summary:
      'Import administrative penalties (双公示, CSV or XLSX as the raw body); dryRun=true appends nothing',
  })
  @ApiZodQuery(importPenaltiesQuery)
  async import(
    @ZodQuery(importPenaltiesQuery) query: ImportPenaltiesQuery,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<PenaltyImportReport> {
    const sheet = await importedSheet(request, { maxRows: PENALTY_IMPORT_ROWS_MAX });
    const map = mapPenaltyColumns(sheet.header);
    if (map.missing.length > 0) throw missingColumnsException(map.missing);
    return this.importer.run(sheet, map, {
      dryRun: query.dryRun,
      recordedBy: actorId(actor),
      metadata: commandMetadataFor(request, actor, 'import-penalties'),
    });
  }
}
