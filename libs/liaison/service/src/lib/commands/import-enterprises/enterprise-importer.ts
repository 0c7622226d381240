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
  enterpriseStreamId,
} from '@qinqing/liaison/domain';
import type { DomainEvent } from '@qinqing/shared/domain-kernel';
import {
  type Clock,
  type CommandHandler,
  type CommandMetadata,
  DomainRejectionError,
  type EventStore,
} from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE } from '@qinqing/shared/nest-platform';
import { DivisionDirectory } from '../../application/division-directory.service';
import { type ColumnMap, type ImportRow, mapColumns, readRows, type RowProblem } from './import-rows';
import type { SheetRows } from './spreadsheet';

/** Rows decided at once: each is its own stream (a file's duplicates are refused before), so they run in parallel. */
export const IMPORT_CONCURRENCY = 8;

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

export interface ImportOptions {
  readonly dryRun: boolean;
  readonly by: DirectoryActor;
  readonly metadata: CommandMetadata;
}

/**
 * The directory import without HTTP: a sheet's rows, each registering a new enterprise or correcting one by
 * its credit code through the enterprise decider (a row that changes nothing records nothing). A dry run
 * decides each row against its stream as it is and appends nothing.
 */
@Injectable()
export class EnterpriseImporter {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
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
    const one = async (row: ImportRow): Promise<void> => {
      try {
        this.checkArea(row);
        const outcome = options.dryRun ? await this.decide(row, options.by) : await this.apply(row, options);
        if (outcome.kind === 'created') created.push({ row: row.row, creditCode: row.creditCode });
        else if (outcome.kind === 'changed')
          changed.push({ row: row.row, creditCode: row.creditCode, fields: outcome.fields });
        else unchanged.push({ row: row.row, creditCode: row.creditCode });
      } catch (error) {
        if (!(error instanceof DomainRejectionError)) throw error;
        const field = error.error.field ?? 'creditCode';
        errors.push({
          row: row.row,
          column: headingOf(field),
          field,
          code: error.error.code,
          message: error.error.message,
        });
      }
    };
    for (let start = 0; start < rows.length; start += IMPORT_CONCURRENCY)
      await Promise.all(rows.slice(start, start + IMPORT_CONCURRENCY).map(one));
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
  private checkArea(row: ImportRow): void {
    const area = row.values.areaCode;
    if (typeof area !== 'string' || area === areaOfCreditCode(row.creditCode)) return;
    if (this.divisions.lookup(area) !== null) return;
    throw new DomainRejectionError({
      kind: 'validation',
      code: 'unknown-area-code',
      field: 'areaCode',
      message: {
        zh: `“${area}”不是现行行政区划代码（GB/T 2260，区县6位、乡镇街道9位）`,
        en: `"${area}" is not a current division code (GB/T 2260: 6 digits for a county, 9 for a town or street)`,
      },
    });
  }

  /** What the row would do, decided against the stream as it is; nothing appended. */
  private async decide(row: ImportRow, by: DirectoryActor): Promise<Outcome> {
    const history = await this.store.readStream(enterpriseStreamId(row.creditCode));
    const state = history.reduce(
      (s, e) => enterpriseDecider.evolve(s, { type: e.type, data: e.data } as EnterpriseEvent),
      enterpriseDecider.initialState(),
    );
    const command = state.status === 'absent' ? registerCommand(row, by) : correctCommand(row, by);
    const decision = enterpriseDecider.decide(command, state, { now: this.clock.now() });
    if (decision.outcome === 'rejected') throw new DomainRejectionError(decision.error as EnterpriseError);
    return outcomeOf(decision.events);
  }

  /** Registers the row's enterprise; one already in the directory (409) is corrected instead. */
  private async apply(row: ImportRow, { by, metadata }: ImportOptions): Promise<Outcome> {
    const streamId = enterpriseStreamId(row.creditCode);
    try {
      const result = await this.commands.handle(
        enterpriseDecider,
        streamId,
        registerCommand(row, by),
        metadata,
      );
      return outcomeOf(result.events);
    } catch (error) {
      if (!(error instanceof DomainRejectionError) || error.error.code !== 'enterprise-registered')
        throw error;
    }
    const result = await this.commands.handle(enterpriseDecider, streamId, correctCommand(row, by), metadata);
    return outcomeOf(result.events);
  }
}
