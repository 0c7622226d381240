import { type PledgeTextView, type PledgeView, signPledgeBody } from '@qinqing/credit/contracts';
import { useEffect, useState } from 'react';
import { creditApi } from '../../api/creditApi';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { type FlowStep, TypedFlow } from './TypedFlow';

/** 签署廉洁承诺: the pledge text to read, the signatory's name and position, then signing on that version. */
export const PledgeFlow = ({
  onDirty,
  onSigned,
  onCancel,
}: {
  readonly onDirty: (dirty: boolean) => void;
  readonly onSigned: (pledge: PledgeView) => void;
  readonly onCancel: () => void;
}) => {
  const { t } = useKioskPrefs();
  const [text, setText] = useState<PledgeTextView | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    creditApi.pledgeText().then(
      (answer) => live && setText(answer),
      () => live && setText('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  const body =
    text === null ? (
      <p role="status">{t('loading')}</p>
    ) : text === 'failed' ? (
      <p className="hint hint--error" role="alert">
        {t('networkError')}
      </p>
    ) : (
      <div className="credit__text" tabIndex={0} aria-label={text.title}>
        {text.text}
      </div>
    );
  const steps: readonly FlowStep[] = [
    {
      kind: 'read',
      title: text !== null && text !== 'failed' ? text.title : t('pledgeTile'),
      body,
      field: 'textVersion',
    },
    {
      kind: 'typed',
      field: 'signatoryName',
      title: 'signatoryName',
      label: 'signatoryName',
      hint: 'signatoryHint',
      max: 50,
      check: (value) => signPledgeBody.shape.signatoryName.safeParse(value),
    },
    {
      kind: 'typed',
      field: 'signatoryPosition',
      title: 'signatoryPosition',
      label: 'signatoryPosition',
      max: 50,
      check: (value) => signPledgeBody.shape.signatoryPosition.safeParse(value),
    },
  ];
  return (
    <TypedFlow
      steps={steps}
      submitLabel={t('pledgeSign')}
      onDirty={onDirty}
      onCancel={onCancel}
      send={async (values) => {
        if (text === null || text === 'failed') throw new Error('the pledge text is not loaded');
        onSigned(
          await creditApi.signPledge({
            signatoryName: values['signatoryName'] ?? '',
            signatoryPosition: values['signatoryPosition'] ?? '',
            textVersion: text.version,
          }),
        );
      }}
      summary={(values) => (
        <dl className="review">
          {(['signatoryName', 'signatoryPosition'] as const).map((field) => (
            <div className="review__item" key={field}>
              <dt>{t(field)}</dt>
              <dd>{values[field]}</dd>
            </div>
          ))}
        </dl>
      )}
    />
  );
};
