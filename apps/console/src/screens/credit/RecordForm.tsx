import type { IntegrityRecordAnswer } from '@qinqing/credit/contracts';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { EMPTY_FACTS, factsBody, type RecordFacts, RecordFactsFields, shownFacts } from './RecordFactsFields';
import { unclaimedFailure } from './unclaimedFailure';

/** 记录信用信息: a new decision in this enterprise's file, named by its document number (文书号). */
export const RecordForm = ({
  creditCode,
  enterpriseName,
  onRecorded,
  onCancel,
}: {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly onRecorded: (documentNumber: string) => void;
  readonly onCancel: () => void;
}) => {
  const { tr } = useText();
  const command = useCommand();
  const [documentNumber, setDocumentNumber] = useState('');
  const [facts, setFacts] = useState<RecordFacts>({ ...EMPTY_FACTS, enterpriseName });
  const errorFor = (field: string) => command.failure?.messageFor(field) ?? null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await command.run<IntegrityRecordAnswer>('/credit/records', {
      method: 'POST',
      body: { documentNumber, creditCode, ...factsBody(facts) },
    });
    if (answer) onRecorded(answer.documentNumber);
  };
  return (
    <form
      className="panel action-form credit-form"
      aria-labelledby="record-form-title"
      noValidate
      onSubmit={submit}
    >
      <h3 id="record-form-title">{tr('记录信用信息', 'Record a decision')}</h3>
      <div className="form-grid">
        <TextField
          id="record-documentNumber"
          label={tr('文书号', 'Document number')}
          value={documentNumber}
          onChange={setDocumentNumber}
          error={errorFor('documentNumber')}
          required
        />
        <RecordFactsFields idPrefix="record" facts={facts} onChange={setFacts} errorFor={errorFor} />
      </div>
      <ErrorNotice error={unclaimedFailure(command.failure, ['documentNumber', ...shownFacts(facts)])} />
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={command.busy}>
          {tr('记录', 'Record')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr('取消', 'Cancel')}
        </button>
      </div>
    </form>
  );
};
