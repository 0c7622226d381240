import type { SheetRows } from '@qinqing/shared/spreadsheet';
import { Inject, Injectable } from '@nestjs/common';
import type { PenaltyImportProblem, PenaltyImportReport } from '@qinqing/credit/contracts';
import {
  creditRuleError,
  documentNumberKey,
  integrityRecordDecider,
  type IntegrityRecordErrorCode,
  type IntegrityRecordEvent,
  type IntegrityRecordState,
  integrityRecordStreamId,
  RECORD_FACT_NAMES,
  RECORD_FIELD_NAMES,
} from '@qinqing/credit/domain';
import { accept, type Decider, type DomainError, reject } from '@qinqing/shared/domain-kernel';
import type { CommandHandler, CommandMetadata, StreamCommandOutcome } from '@qinqing/shared/event-sourcing';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import {
  COLUMN_OF_FIELD,
  type PenaltyColumnMap,
  type PenaltyRow,
  penaltyRowOf,
  standardHeading,
} from './penalty-rows';

/** Rows decided and appended together (CommandHandler.handleMany): one read, one transaction. */
export const PENALTY_IMPORT_BATCH = 500;

interface ImportRowCommand {
  readonly row: PenaltyRow;
  readonly recordedBy: string;
}

/**
 * A row records a new penalty; a document number recorded already with the same facts is the same file again
 * (nothing is appended); with other facts it is refused — a file does not correct a record, a correction with
 * its reason does.
 */
const importDecider: Decider<
  ImportRowCommand,
  IntegrityRecordEvent,
  IntegrityRecordState,
  DomainError<IntegrityRecordErrorCode | 'record-differs'>
> = {
  initialState: integrityRecordDecider.initialState,
  evolve: integrityRecordDecider.evolve,
  decide: ({ row, recordedBy }, state, context) => {
    if (state.status === 'absent') {
      return integrityRecordDecider.decide(
        {
          type: 'RecordIntegrity',
          documentNumber: row.documentNumber,
          facts: row.facts,
          source: 'import',
          recordedBy,
        },
        state,
        context,
      );
    }
    const same = integrityRecordDecider.decide(
      {
        type: 'CorrectRecord',
        documentNumber: row.documentNumber,
        changes: row.facts,
        reason: '导入比对',
        correctedBy: recordedBy,
      },
      state,
      context,
    );
    if (same.outcome === 'rejected')
      return same.error.code === 'nothing-to-correct' ? accept() : reject(same.error);
    const changed = same.events.flatMap((event) =>
      event.type === 'RecordCorrected' ? event.data.changed : [],
    );
    return reject(
      creditRuleError(
        'conflict',
        'record-differs',
        'integrity-file',
        {
          zh: `文书号 ${state.documentNumber} 已登记，本行的${changed.map((f) => RECORD_FACT_NAMES[f]?.zh ?? f).join('、')}与记录不同；导入不改动已登记的记录，请提交更正并说明理由`,
          en: `Document number ${state.documentNumber} is recorded already and this row differs in ${changed.map((f) => RECORD_FACT_NAMES[f]?.en ?? f).join(', ')}; an import does not change a record — submit a correction with its reason`,
        },
        { field: 'documentNumber' },
      ),
    );
  },
};

export interface PenaltyImportOptions {
  readonly dryRun: boolean;
  readonly recordedBy: string;
  readonly metadata: CommandMetadata;
}

/**
 * The administrative-penalty import without HTTP: each row through the integrity-record decider, idempotent by
 * document number, problems reported by row and column. A dry run decides every row against its stream as it
 * is and appends nothing. (An Idempotency-Key names one command; an import is many, so it is idempotent by
 * document number instead.)
 */
@Injectable()
export class PenaltyImporter {
  constructor(@Inject(COMMAND_HANDLER) private readonly commands: CommandHandler) {}

  async run(
    sheet: SheetRows,
    map: PenaltyColumnMap,
    options: PenaltyImportOptions,
  ): Promise<PenaltyImportReport> {
    const created: { row: number; documentNumber: string }[] = [];
    const unchanged: { row: number; documentNumber: string }[] = [];
    const errors: PenaltyImportProblem[] = [];
    const columnOf = (field: string): string => {
      const column = COLUMN_OF_FIELD[field];
      return (
        (column === undefined ? undefined : map.columns.get(column)?.heading) ??
        standardHeading(column ?? field)
      );
    };
    const refuse = (row: number, error: Pick<DomainError, 'code' | 'message' | 'field'>): void => {
      const field = error.field ?? 'documentNumber';
      errors.push({ row, column: columnOf(field), field, code: error.code, message: error.message });
    };
    const seen = new Map<string, number>();
    const valid: PenaltyRow[] = [];
    for (const cells of sheet.rows) {
      const row = penaltyRowOf(map, cells);
      const missing = (['penaltyCategory', 'penaltyContent'] as const).find((field) => !row.facts[field]);
      const key = documentNumberKey(row.documentNumber);
      const first = seen.get(key);
      if (missing !== undefined) {
        refuse(row.row, {
          code: 'missing-value',
          field: missing,
          message: {
            zh: `请填写${RECORD_FIELD_NAMES[missing].zh}（“双公示”必填项）`,
            en: `The ${RECORD_FIELD_NAMES[missing].en} is required (a “double publicity” item)`,
          },
        });
      } else if (key !== '' && first !== undefined) {
        refuse(row.row, {
          code: 'duplicate-in-file',
          field: 'documentNumber',
          message: {
            zh: `文书号 ${row.documentNumber} 与第${first}行重复`,
            en: `Document number ${row.documentNumber} repeats row ${first}`,
          },
        });
      } else {
        if (key !== '') seen.set(key, row.row);
        valid.push(row);
      }
    }
    const { idempotencyKey: _key, requestFingerprint: _fingerprint, ...metadata } = options.metadata;
    for (let start = 0; start < valid.length; start += PENALTY_IMPORT_BATCH) {
      const batch = valid.slice(start, start + PENALTY_IMPORT_BATCH);
      const commands = batch.map((row) => ({
        // A blank document number still needs a stream to be refused on; the decider refuses it.
        streamId: integrityRecordStreamId(documentNumberKey(row.documentNumber) || `blank-row-${row.row}`),
        command: { row, recordedBy: options.recordedBy },
      }));
      const outcomes: StreamCommandOutcome<IntegrityRecordEvent, IntegrityRecordState>[] = options.dryRun
        ? await this.commands.decideMany(importDecider, commands)
        : await this.commands.handleMany(importDecider, commands, metadata);
      outcomes.forEach((outcome, i) => {
        const row = batch[i] as PenaltyRow;
        if (outcome.outcome === 'rejected') return refuse(row.row, outcome.error);
        const entry = { row: row.row, documentNumber: row.documentNumber };
        if (outcome.events.length === 0) unchanged.push(entry);
        else created.push(entry);
      });
    }
    return {
      dryRun: options.dryRun,
      summary: {
        rows: sheet.rows.length,
        created: created.length,
        unchanged: unchanged.length,
        errors: new Set(errors.map((e) => e.row)).size,
      },
      ignoredColumns: map.ignored,
      created,
      unchanged,
      errors: errors.sort((a, b) => a.row - b.row),
    };
  }
}
