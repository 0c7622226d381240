import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';

export const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'] as const;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The first sheet as rows of cell text (empty rows dropped, like the CSV reader does), with their row numbers. */
export interface SheetRows {
  readonly header: readonly string[];
  /** `row` is the spreadsheet's own row number (the header is row 1), as people see it in Excel. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

export class UnreadableSpreadsheetError extends Error {
  override readonly name = 'UnreadableSpreadsheetError';
}

/** CSV in UTF-8 (with or without the BOM Excel writes), read by csv-parse. */
export const readCsv = (body: Buffer): SheetRows => {
  let records: string[][];
  try {
    records = parse(body, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new UnreadableSpreadsheetError(error instanceof Error ? error.message : String(error));
  }
  const [header = [], ...rest] = records;
  // csv-parse counts lines; with quoted newlines a record's line differs, so report the record's own number.
  return { header, rows: rest.map((cells, i) => ({ row: i + 2, cells })) };
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
};

/** XLSX, the first worksheet, read by exceljs. */
export const readXlsx = async (body: Buffer): Promise<SheetRows> => {
  // exceljs (with lodash, jszip and its XML parsers: several MB of source text and objects) is loaded when the
  // first workbook comes in, not at start: most processes never read one.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableSpreadsheetError(error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return { header: [], rows: [] };
  const rows: { row: number; cells: string[] }[] = [];
  let header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    if (cells.every((cell) => cell === '')) return;
    if (header.length === 0) header = cells;
    else rows.push({ row: rowNumber, cells });
  });
  return { header, rows };
};
