import { HttpException, HttpStatus } from '@nestjs/common';
import { readUploadedSheet, SheetRefusedError, type SheetRows } from '@qinqing/shared/spreadsheet';
import type { Request } from 'express';

/**
 * An import's raw body (CSV or XLSX) as rows, for the import endpoints: a type other than those is a 415, a
 * file the parser cannot read a 400, more than `maxRows` data rows a 413, each with its message in both
 * languages.
 */
export const importedSheet = async (
  request: Request,
  { maxRows }: { maxRows: number },
): Promise<SheetRows> => {
  let sheet: SheetRows;
  try {
    sheet = await readUploadedSheet({ is: (types) => request.is([...types]), body: request.body as unknown });
  } catch (error) {
    if (!(error instanceof SheetRefusedError)) throw error;
    const { status, error: code, zh, en } = error.refusal;
    throw new HttpException({ error: code, message: { zh, en } }, status);
  }
  if (sheet.rows.length > maxRows)
    throw new HttpException(
      {
        error: 'too-many-rows',
        message: {
          zh: `一次至多导入${maxRows}行，文件有${sheet.rows.length}行，请分批导入`,
          en: `At most ${maxRows} rows per file; this one has ${sheet.rows.length}; split it`,
        },
      },
      HttpStatus.PAYLOAD_TOO_LARGE,
    );
  return sheet;
};

/** The 400 for a header that lacks required columns (named as the standard headings), with an optional hint. */
export const missingColumnsException = (
  missing: readonly string[],
  hint: { readonly zh: string; readonly en: string } = { zh: '', en: '' },
): HttpException =>
  new HttpException(
    {
      error: 'missing-columns',
      message: {
        zh: `表头缺少必填列：${missing.join('、')}${hint.zh}`,
        en: `The header lacks required columns: ${missing.join(', ')}${hint.en}`,
      },
      fields: missing.map((field) => ({ field, code: 'missing-column' })),
    },
    HttpStatus.BAD_REQUEST,
  );
