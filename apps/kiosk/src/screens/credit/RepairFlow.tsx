import { applyForRepairBody, type MyIntegrityRecord, type RepairAnswer } from '@qinqing/credit/contracts';
import { useEffect, useState } from 'react';
import { creditApi } from '../../api/creditApi';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { RecordSummary } from './RecordSummary';
import { type FlowStep, TypedFlow } from './TypedFlow';

const commitmentFields = applyForRepairBody.shape.commitment.shape;

/**
 * 申请信用修复: how the failing was corrected, the credit commitment (信用承诺书) to read, the signatory's name
 * and position, then a review that signs the commitment on the version read and applies.
 */
export const RepairFlow = ({
  record,
  onDirty,
  onApplied,
  onCancel,
}: {
  readonly record: MyIntegrityRecord;
  readonly onDirty: (dirty: boolean) => void;
  readonly onApplied: (answer: RepairAnswer) => void;
  readonly onCancel: () => void;
}) => {
  const { t } = useKioskPrefs();
  const [commitment, setCommitment] = useState<{ version: string; text: string } | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    creditApi.commitmentText().then(
      (text) => live && setCommitment(text),
      () => live && setCommitment('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  const text =
    commitment === null ? (
      <p role="status">{t('loading')}</p>
    ) : commitment === 'failed' ? (
      <p className="hint hint--error" role="alert">
        {t('networkError')}
      </p>
    ) : (
      <div className="credit__text" tabIndex={0} aria-label={t('commitmentTitle')}>
        {commitment.text}
      </div>
    );
  const steps: readonly FlowStep[] = [
    {
      kind: 'typed',
      field: 'correctionEvidence',
      title: 'repairTitle',
      label: 'correctionEvidence',
      hint: 'correctionEvidenceHint',
      intro: <RecordSummary record={record} />,
      max: 2000,
      multiline: true,
      check: (value) => applyForRepairBody.shape.correctionEvidence.safeParse(value),
    },
    { kind: 'read', title: t('commitmentTitle'), body: text, field: 'commitment.textVersion' },
    {
      kind: 'typed',
      field: 'commitment.signatoryName',
      title: 'signatoryName',
      label: 'signatoryName',
      hint: 'signatoryHint',
      max: 50,
      check: (value) => commitmentFields.signatoryName.safeParse(value),
    },
    {
      kind: 'typed',
      field: 'commitment.signatoryPosition',
      title: 'signatoryPosition',
      label: 'signatoryPosition',
      max: 50,
      check: (value) => commitmentFields.signatoryPosition.safeParse(value),
    },
  ];
  return (
    <TypedFlow
      steps={steps}
      submitLabel={t('signAndApply')}
      onDirty={onDirty}
      onCancel={onCancel}
      send={async (values) => {
        if (commitment === null || commitment === 'failed')
          throw new Error('the commitment text is not loaded');
        onApplied(
          await creditApi.applyForRepair({
            documentNumber: record.documentNumber,
            correctionEvidence: values['correctionEvidence'] ?? '',
            commitment: {
              signatoryName: values['commitment.signatoryName'] ?? '',
              signatoryPosition: values['commitment.signatoryPosition'] ?? '',
              textVersion: commitment.version,
            },
          }),
        );
      }}
      summary={(values) => (
        <>
          <RecordSummary record={record} />
          <dl className="review">
            {(
              [
                ['correctionEvidence', 'correctionEvidence'],
                ['commitment.signatoryName', 'signatoryName'],
                ['commitment.signatoryPosition', 'signatoryPosition'],
              ] as const
            ).map(([field, label]) => (
              <div className="review__item" key={field}>
                <dt>{t(label)}</dt>
                <dd>{values[field]}</dd>
              </div>
            ))}
          </dl>
          {commitment === null || commitment === 'failed' ? null : (
            <p className="hint">{t('signsCommitment', { version: commitment.version })}</p>
          )}
        </>
      )}
    />
  );
};
