import { fileObjectionBody, type MyIntegrityRecord, type ObjectionAnswer } from '@qinqing/credit/contracts';
import { creditApi } from '../../api/creditApi';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import { RecordSummary } from './RecordSummary';
import { type FlowStep, TypedFlow } from './TypedFlow';

/** 提出异议: the grounds typed on the pinyin keyboard, then a review that files it against the record. */
export const ObjectionFlow = ({
  record,
  onDirty,
  onFiled,
  onCancel,
}: {
  readonly record: MyIntegrityRecord;
  readonly onDirty: (dirty: boolean) => void;
  readonly onFiled: (answer: ObjectionAnswer) => void;
  readonly onCancel: () => void;
}) => {
  const { t } = useKioskPrefs();
  const steps: readonly FlowStep[] = [
    {
      kind: 'typed',
      field: 'grounds',
      title: 'objectionTitle',
      label: 'grounds',
      hint: 'groundsHint',
      intro: <RecordSummary record={record} />,
      max: 2000,
      multiline: true,
      check: (value) => fileObjectionBody.shape.grounds.safeParse(value),
    },
  ];
  return (
    <TypedFlow
      steps={steps}
      submitLabel={t('submit')}
      onDirty={onDirty}
      onCancel={onCancel}
      send={async (values) =>
        onFiled(
          await creditApi.fileObjection({
            documentNumber: record.documentNumber,
            grounds: values['grounds'] ?? '',
          }),
        )
      }
      summary={(values) => (
        <>
          <RecordSummary record={record} />
          <dl className="review">
            <div className="review__item">
              <dt>{t('grounds')}</dt>
              <dd>{values['grounds']}</dd>
            </div>
          </dl>
        </>
      )}
    />
  );
};
