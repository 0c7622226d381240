import { z } from 'zod';

/** `POST /api/credit/records/import?dryRun=`: the file (CSV or XLSX) is the raw body. */
export const importPenaltiesQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], { message: 'dryRun 须为 true 或 false / dryRun must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

export type ImportPenaltiesQuery = z.infer<typeof importPenaltiesQuery>;

export interface PenaltyImportProblem {
  /** The file's record number (the header is row 1). */
  readonly row: number;
  /** The column heading as written in the file (or the standard heading when the column is missing). */
  readonly column: string;
  readonly field: string;
  readonly code: string;
  readonly message: { readonly zh: string; readonly en: string };
}

export interface PenaltyImportReport {
  readonly dryRun: boolean;
  readonly summary: {
    readonly rows: number;
    readonly created: number;
    readonly unchanged: number;
    /** Rows with a problem (nothing of them is recorded). */
    readonly errors: number;
  };
  readonly ignoredColumns: readonly string[];
  readonly created: readonly { readonly row: number; readonly documentNumber: string }[];
  /** Rows whose document number is recorded already with the same facts: the file was imported before. */
  readonly unchanged: readonly { readonly row: number; readonly documentNumber: string }[];
  readonly errors: readonly PenaltyImportProblem[];
}
