import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/**
 * A CSV download for spreadsheet users: csv-stringify quotes what needs quoting and, with `escape_formulas`,
 * puts a `'` before any cell starting with =, +, -, @, tab or carriage return, so a name like `=HYPERLINK(…)`
 * stays text in Excel or WPS instead of running (CSV formula injection, OWASP). A UTF-8 byte order mark makes
 * Excel read the Chinese correctly.
 */
export const sendCsv = (
  response: Response,
  /** The Chinese file name, and a plain one for clients that cannot read RFC 6266's `filename*`. */
  fileName: { readonly name: string; readonly ascii: string },
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void => {
  const text = stringify([header, ...rows] as (string | number)[][], {
    escape_formulas: true,
    record_delimiter: 'windows',
  });
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${fileName.ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.name)}`,
  );
  response.setHeader('Cache-Control', 'no-store');
  response.send(`\uFEFF${text}`);
};
