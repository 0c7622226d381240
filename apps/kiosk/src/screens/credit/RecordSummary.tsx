import { CREDIT_RECORD_KIND_NAMES, type MyIntegrityRecord } from '@qinqing/credit/contracts';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';

/** The record a flow is about, in one card: kind and document number, authority and date. */
export const RecordSummary = ({ record }: { readonly record: MyIntegrityRecord }) => {
  const { t, local } = useKioskPrefs();
  return (
    <dl className="facts credit__about">
      <div>
        <dt>{local(CREDIT_RECORD_KIND_NAMES[record.kind])}</dt>
        <dd>{record.documentNumber}</dd>
      </div>
      <div>
        <dt>{t('decision')}</dt>
        <dd>{t('decidedBy', { authority: record.issuingAuthority, date: record.decidedOn })}</dd>
      </div>
    </dl>
  );
};
