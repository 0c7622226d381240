import type { IntegrityFileEntry, IntegrityRecordAnswer } from '@qinqing/credit/contracts';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { changesOf, factsOf, type RecordFacts, RecordFactsFields, shownFacts } from './RecordFactsFields';
import { unclaimedFailure } from './unclaimedFailure';

/** 更正: the record's facts to change and the reason, recorded as a correction beside the original. */
export const CorrectionForm = ({
  entry,
  onCorrected,
  onCancel,
}: {
  readonly entry: IntegrityFileEntry;
  readonly onCorrected: () => void;
  readonly onCancel: () => void;
}) => {
  const { tr } = useText();
  const command = useCommand();
  const original = factsOf(entry);
  const [facts, setFacts] = useState<RecordFacts>(original);
  const [reason, setReason] = useState('');
  // The body names a changed field `changes.severity`; the decider's refusal names it `severity`.
  const errorFor = (field: string) =>
    command.failure?.messageFor(`changes.${field}`) ?? command.failure?.messageFor(field) ?? null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<IntegrityRecordAnswer>('/credit/records/corrections', {
      method: 'POST',
      body: { documentNumber: entry.documentNumber, changes: changesOf(original, facts), reason },
    });
    if (answer) onCorrected();
  };
  const shown = [...shownFacts(facts), 'reason'];
  const idPrefix = `correct-${entry.documentNumber.replace(/[^\w]/gu, '')}`;
  return (
    <form
      className="panel action-form credit-form"
      aria-labelledby={`${idPrefix}-title`}
      noValidate
      onSubmit={submit}
    >
      <h3 id={`${idPrefix}-title`}>
        {tr('更正', 'Correct')} {entry.documentNumber}
      </h3>
      <div className="form-grid">
        <RecordFactsFields idPrefix={idPrefix} facts={facts} onChange={setFacts} errorFor={errorFor} />
        <TextAreaField
          id={`${idPrefix}-reason`}
          label={tr('更正理由', 'Reason')}
          value={reason}
          onChange={setReason}
          error={errorFor('reason')}
          rows={2}
          required
        />
      </div>
      <ErrorNotice
        error={unclaimedFailure(command.failure, [...shown, ...shown.map((field) => `changes.${field}`)])}
      />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('提交更正', 'Record the correction')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};
