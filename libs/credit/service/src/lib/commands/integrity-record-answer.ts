import type { IntegrityRecordAnswer } from '@qinqing/credit/contracts';
import type { IntegrityRecordState } from '@qinqing/credit/domain';

/** The answer of a command that was accepted: the record exists by then. */
export const answerOf = (state: IntegrityRecordState): IntegrityRecordAnswer => {
  if (state.status !== 'recorded') throw new Error('An accepted record command left no record');
  return {
    documentNumber: state.documentNumber,
    polarity: state.polarity,
    disclosure: state.disclosure,
    corrections: state.corrections,
  };
};
