import { z } from 'zod';

/** `POST /api/enterprises/import?dryRun=true|false` (default false); the file is the raw body. */
export const importEnterprisesQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], { message: 'dryRun 须为 true 或 false / dryRun must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

export type ImportEnterprisesQuery = z.infer<typeof importEnterprisesQuery>;

export interface ImportRowProblem {
  /** The spreadsheet's row number (the header is row 1). */
  readonly row: number;
  /** The column heading as written in the file. */
  readonly column: string;
  readonly field: string;
  readonly code: string;
  readonly message: { readonly zh: string; readonly en: string };
}

export interface ImportReport {
  readonly dryRun: boolean;
  readonly summary: {
    readonly rows: number;
    readonly created: number;
    readonly changed: number;
    readonly unchanged: number;
    /** Rows with at least one problem (nothing of them is recorded). */
    readonly errors: number;
  };
  readonly ignoredColumns: readonly string[];
  readonly created: readonly { readonly row: number; readonly creditCode: string }[];
  readonly changed: readonly {
    readonly row: number;
    readonly creditCode: string;
    readonly fields: readonly string[];
  }[];
  readonly unchanged: readonly { readonly row: number; readonly creditCode: string }[];
  readonly errors: readonly ImportRowProblem[];
}
