import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import type { RecordEvent } from './record.events';
import { evolveRecord, initialRecordState, type RecordState } from './record.state';

/** Open a record: the command every record starts with. */
export interface OpenRecord {
  readonly type: 'OpenRecord';
  readonly recordId: string;
  readonly title: string;
  readonly openedBy: string;
}

export type RecordCommand = OpenRecord;

export type RecordErrorCode = 'record-exists' | 'invalid-record-title';

/** The longest title, in characters (code points, so a CJK title counts what people read). */
export const RECORD_TITLE_MAX = 200;

const exists = (id: string): DomainError<RecordErrorCode> =>
  domainError('conflict', 'record-exists', {
    zh: `编号为 ${id} 的记录已存在，不能重复创建`,
    en: `A record with id ${id} exists already; it is opened once`,
  });

const invalidTitle = (): DomainError<RecordErrorCode> =>
  domainError(
    'validation',
    'invalid-record-title',
    {
      zh: `标题不能为空，且不超过${RECORD_TITLE_MAX}个字`,
      en: `The title must not be blank and at most ${RECORD_TITLE_MAX} characters long`,
    },
    'title',
  );

/**
 * The rules of a record: it is opened once (its id names one stream), and its title is not blank and
 * not longer than RECORD_TITLE_MAX. Time arrives as input (`now`); nothing here reads a clock,
 * a database or a random source.
 */
const decideRecord = (
  command: RecordCommand,
  state: RecordState,
  { now }: DecisionContext,
): Decision<RecordEvent, DomainError<RecordErrorCode>> => {
  switch (command.type) {
    case 'OpenRecord': {
      if (state.status !== 'absent') return reject(exists(command.recordId));
      const title = command.title.trim();
      if (title.length === 0 || [...title].length > RECORD_TITLE_MAX) return reject(invalidTitle());
      return accept({
        type: 'RecordOpened',
        data: { recordId: command.recordId, title, openedBy: command.openedBy, openedAt: now.toISOString() },
      });
    }
  }
};

export const recordDecider: Decider<RecordCommand, RecordEvent, RecordState, DomainError<RecordErrorCode>> = {
  initialState: initialRecordState,
  evolve: evolveRecord,
  decide: decideRecord,
};
