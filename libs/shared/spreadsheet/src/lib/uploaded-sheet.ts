import {
  CSV_TYPES,
  readCsv,
  readXlsx,
  type SheetRows,
  UnreadableSpreadsheetError,
  XLSX_TYPE,
} from './spreadsheet';

/** What an upload's request tells the reader: its declared type (the HTTP `Content-Type`) and raw body. */
export interface UploadedFile {
  /** `request.is(...)` of Express: the matching type, false when none matches, null without a body. */
  readonly is: (types: readonly string[]) => string | false | null;
  readonly body: unknown;
}

/** Why an upload cannot be read as a sheet, in both languages: 415 for the type, 400 for the content. */
export interface SheetRefusal {
  readonly status: 400 | 415;
  readonly error: 'unsupported-spreadsheet' | 'unreadable-spreadsheet';
  readonly zh: string;
  readonly en: string;
}

export class SheetRefusedError extends Error {
  override readonly name = 'SheetRefusedError';
  constructor(readonly refusal: SheetRefusal) {
    super(refusal.en);
  }
}

/**
 * Reads an import's raw body as CSV (UTF-8) or XLSX by its declared type; anything else, or a file the parser
 * cannot read, is a SheetRefusedError the controller answers with its status and message.
 */
export const readUploadedSheet = async (upload: UploadedFile): Promise<SheetRows> => {
  const isXlsx = upload.is([XLSX_TYPE]) === XLSX_TYPE;
  const csvMatch = isXlsx ? false : upload.is([...CSV_TYPES]);
  const isCsv = csvMatch !== false && csvMatch !== null;
  if ((!isXlsx && !isCsv) || !Buffer.isBuffer(upload.body))
    throw new SheetRefusedError({
      status: 415,
      error: 'unsupported-spreadsheet',
      zh: '请以 text/csv（UTF-8）或 XLSX（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）作为请求体上传',
      en: 'Send the file as the request body, as text/csv (UTF-8) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
    });
  try {
    return isXlsx ? await readXlsx(upload.body) : readCsv(upload.body);
  } catch (error) {
    if (!(error instanceof UnreadableSpreadsheetError)) throw error;
    const kind = isXlsx ? 'XLSX' : 'CSV';
    throw new SheetRefusedError({
      status: 400,
      error: 'unreadable-spreadsheet',
      zh: `无法读取该${kind}文件，请检查格式`,
      en: `The ${kind} file cannot be read; check its format`,
    });
  }
};
