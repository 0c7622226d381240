import { Inject, Injectable } from '@nestjs/common';
import type { ImportReport } from '@qinqing/liaison/contracts';
import {
  areaOfCreditCode,
  type DirectoryActor,
  type EnterpriseCommand,
  enterpriseDecider,
  type EnterpriseDetails,
  type EnterpriseDetailsInput,
  type EnterpriseError,
  type EnterpriseEvent,
  type EnterpriseState,
  enterpriseStreamId,
} from '@qinqing/liaison/domain';
import type { Decider, DomainError, DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CommandHandler, CommandMetadata, StreamCommandOutcome } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { DivisionDirectory } from '@qinqing/shared/divisions';
import { type ColumnMap, type ImportRow, mapColumns, readRows, type RowProblem } from './import-rows';
import type { SheetRows } from '@qinqing/shared/spreadsheet';

/**
 * Rows decided and appended together: their streams read in one query, their events appended in one
 * transaction (CommandHandler.handleMany). A file's duplicates are refused before, so each row is its own stream.
 */
export const IMPORT_BATCH = 500;

/** Batches handled at once: their streams differ (a file's credit codes are distinct), so they never conflict. */
export const IMPORT_BATCHES_IN_FLIGHT = 2;

type Outcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'changed'; readonly fields: readonly string[] }
  | { readonly kind: 'unchanged' };

const outcomeOf = (events: readonly DomainEvent[]): Outcome => {
  const [event] = events;
  if (event === undefined) return { kind: 'unchanged' };
  if (event.type === 'EnterpriseRegistered') return { kind: 'created' };
  return { kind: 'changed', fields: Object.keys((event.data as { changes: object }).changes) };
};

const registerCommand = (row: ImportRow, by: DirectoryActor): EnterpriseCommand => {
  const v = row.values;
  const details: EnterpriseDetailsInput = {
    name: (v.name as string | undefined) ?? '',
    industry: (v.industry as string | undefined) ?? '',
    employees: (v.employees as number | undefined) ?? null,
    revenue: (v.revenue as number | undefined) ?? null,
    assets: (v.assets as number | undefined) ?? null,
    chambers: (v.chambers as string[] | undefined) ?? [],
    tags: (v.tags as EnterpriseDetails['tags'] | undefined) ?? [],
    contactPhone: (v.contactPhone as string | undefined) ?? null,
    ...(v.areaCode === undefined ? {} : { areaCode: v.areaCode as string }),
  };
  return { type: 'RegisterEnterprise', creditCode: row.creditCode, details, by };
};

const correctCommand = (row: ImportRow, by: DirectoryActor): EnterpriseCommand => ({
  type: 'CorrectEnterpriseDetails',
  creditCode: row.creditCode,
  changes: row.values as Partial<EnterpriseDetails>,
  by,
});

/** A row to import: it registers the enterprise when the stream is absent, and corrects it otherwise. */
interface ImportRowCommand {
  readonly row: ImportRow;
  readonly by: DirectoryActor;
}

const importDecider: Decider<ImportRowCommand, EnterpriseEvent, EnterpriseState, EnterpriseError> = {
  initialState: enterpriseDecider.initialState,
  evolve: enterpriseDecider.evolve,
  decide: ({ row, by }, state, context) =>
    enterpriseDecider.decide(
      state.status === 'absent' ? registerCommand(row, by) : correctCommand(row, by),
      state,
      context,
    ),
};

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly by: DirectoryActor;
  readonly metadata: CommandMetadata;
}

/**
 * The directory import without HTTP: a sheet's rows, each registering a new enterprise or correcting one by
 * its credit code through the enterprise decider (a row that changes nothing records nothing). Rows go in
 * batches of IMPORT_BATCH: read together, decided, appended in one transaction (a concurrent change to any
 * of the batch's streams makes the whole batch be read and decided again). A dry run decides each row against
 * its stream as it is and appends nothing.
 *
 * An Idempotency-Key does not apply: a key names one command, an import is thousands. The import is
 * idempotent by credit code instead — the same file again records nothing and reports its rows unchanged.
 */
@Injectable()
export class EnterpriseImporter {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    private readonly divisions: DivisionDirectory,
  ) {}

  columns(sheet: SheetRows): ColumnMap {
    return mapColumns(sheet.header);
  }

  async run(sheet: SheetRows, map: ColumnMap, options: ImportOptions): Promise<ImportReport> {
    const { rows, problems } = readRows(sheet, map);
    const created: { row: number; creditCode: string }[] = [];
    const changed: { row: number; creditCode: string; fields: readonly string[] }[] = [];
    const unchanged: { row: number; creditCode: string }[] = [];
    const errors: RowProblem[] = [...problems];
    const headingOf = (field: string): string =>
      map.columns.get(field as never)?.heading ?? (field === 'creditCode' ? '统一社会信用代码' : field);
    const refused = (row: ImportRow, error: DomainError): void => {
      const field = error.field ?? 'creditCode';
      errors.push({
        row: row.row,
        column: headingOf(field),
        field,
        code: error.code,
        message: error.message,
      });
    };
    const { idempotencyKey: _key, requestFingerprint: _fingerprint, ...metadata } = options.metadata;
    const valid: ImportRow[] = [];
    for (const row of rows) {
      const areaProblem = this.areaProblem(row);
      if (areaProblem === null) valid.push(row);
      else refused(row, areaProblem);
    }
    const importBatch = async (batch: readonly ImportRow[]): Promise<void> => {
      const commands = batch.map((row) => ({
        streamId: enterpriseStreamId(row.creditCode),
        command: { row, by: options.by },
      }));
      const outcomes: StreamCommandOutcome<EnterpriseEvent, EnterpriseState>[] = options.dryRun
        ? await this.commands.decideMany(importDecider, commands)
        : await this.commands.handleMany(importDecider, commands, metadata);
      outcomes.forEach((outcome, i) => {
        const row = batch[i] as ImportRow;
        if (outcome.outcome === 'rejected') return refused(row, outcome.error);
        const result = outcomeOf(outcome.events);
        if (result.kind === 'created') created.push({ row: row.row, creditCode: row.creditCode });
        else if (result.kind === 'changed')
          changed.push({ row: row.row, creditCode: row.creditCode, fields: result.fields });
        else unchanged.push({ row: row.row, creditCode: row.creditCode });
      });
    };
    const batches: ImportRow[][] = [];
    for (let start = 0; start < valid.length; start += IMPORT_BATCH)
      batches.push(valid.slice(start, start + IMPORT_BATCH));
    // A few batches in flight: one is decided while another's append waits for its commit. A failure
    // (not a refused row: a store error, or conflicts that kept coming) stops the batches not yet started.
    const worker = async (): Promise<void> => {
      for (let batch = batches.shift(); batch !== undefined; batch = batches.shift()) {
        try {
          await importBatch(batch);
        } catch (error) {
          batches.length = 0;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: IMPORT_BATCHES_IN_FLIGHT }, worker));
    const byRow = <T extends { row: number }>(list: T[]): T[] => list.sort((a, b) => a.row - b.row);
    return {
      dryRun: options.dryRun,
      summary: {
        rows: sheet.rows.length,
        created: created.length,
        changed: changed.length,
        unchanged: unchanged.length,
        errors: new Set(errors.map((e) => e.row)).size,
      },
      ignoredColumns: map.ignored,
      created: byRow(created),
      changed: byRow(changed),
      unchanged: byRow(unchanged),
      errors: byRow(errors),
    };
  }

  /** An area named in the file, other than the credit code's, must be a division the dataset knows. */
  private areaProblem(row: ImportRow): DomainError | null {
    const area = row.values.areaCode;
    if (typeof area !== 'string' || area === areaOfCreditCode(row.creditCode)) return null;
    if (this.divisions.lookup(area) !== null) return null;
    return {
      kind: 'validation',
      code: 'unknown-area-code',
      field: 'areaCode',
      message: {
        zh: `“${area}”不是现行行政区划代码（GB/T 2260，区县6位、乡镇街道9位）`,
        en: `"${area}" is not a current division code (GB/T 2260: 6 digits for a county, 9 for a town or street)`,
      },
    };
  }
}
