import {
  CREDIT_RECORD_KIND_NAMES,
  CREDIT_SEVERITY_NAMES,
  DISCLOSURE_STATUS_NAMES,
  type MyIntegrityFile,
  type MyIntegrityRecord,
  type ObjectionView,
  type RepairView,
} from '@qinqing/credit/contracts';
import type { ReactNode } from 'react';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';
import type { StringKey } from '../../i18n/strings';

export interface MyCases {
  readonly objections: readonly ObjectionView[];
  readonly repairs: readonly RepairView[];
}

const OUTCOME_WORDS: Record<string, StringKey> = {
  upheld: 'outcomeUpheld',
  corrected: 'outcomeCorrected',
  withdrawn: 'outcomeWithdrawn',
  granted: 'outcomeGranted',
  refused: 'outcomeRefused',
  retracted: 'caseRetracted',
};

/** A record still open to a case of the same kind blocks a second one: the button is not offered then. */
const openCase = (cases: MyCases, documentNumber: string) => ({
  objection: cases.objections.some((c) => c.documentNumber === documentNumber && c.status === 'open'),
  repair: cases.repairs.some((c) => c.documentNumber === documentNumber && c.status === 'pending'),
});

/**
 * 我的企业信用 once identified: each record with its status, public-until and repairable-from dates, and what
 * the enterprise may do about it; then its objections and repair applications with their outcome.
 */
export const CreditOverview = ({
  file,
  cases,
  actions,
  onObject,
  onRepair,
}: {
  readonly file: MyIntegrityFile;
  readonly cases: MyCases;
  /** Further actions for the enterprise (the integrity pledge), shown under its name. */
  readonly actions?: ReactNode;
  readonly onObject: (record: MyIntegrityRecord) => void;
  readonly onRepair: (record: MyIntegrityRecord) => void;
}) => {
  const { t, local } = useKioskPrefs();
  return (
    <div className="credit__overview">
      <p className="lead liaison__enterprise">{file.enterpriseName ?? file.creditCode}</p>
      {actions}
      <h2>{t('recordsTitle')}</h2>
      <p className="hint">{t('creditAsOf', { date: file.asOf })}</p>
      {file.records.length === 0 ? <p className="hint">{t('noRecords')}</p> : null}
      <ol className="credit__records">
        {file.records.map((record) => {
          const open = openCase(cases, record.documentNumber);
          const standing = record.disclosureStatus === null ? null : record.disclosureStatus;
          return (
            <li key={record.documentNumber} className="credit__record">
              <div className="liaison__problem-head">
                <strong>
                  {local(CREDIT_RECORD_KIND_NAMES[record.kind])}
                  {record.severity === null ? '' : ` · ${local(CREDIT_SEVERITY_NAMES[record.severity])}`}
                </strong>
                <span className={`credit__status credit__status--${standing ?? 'positive'}`}>
                  {standing === null ? t('statusPositive') : local(DISCLOSURE_STATUS_NAMES[standing])}
                </span>
              </div>
              <span>{record.documentNumber}</span>
              <small>{t('decidedBy', { authority: record.issuingAuthority, date: record.decidedOn })}</small>
              {record.penaltyContent === null ? null : <p>{record.penaltyContent}</p>}
              {record.polarity === 'negative' ? (
                <dl className="facts">
                  <div>
                    <dt>{t('publicUntil')}</dt>
                    <dd>{record.publicUntil ?? local(DISCLOSURE_STATUS_NAMES.unpublished)}</dd>
                  </div>
                  <div>
                    <dt>{t('repairableFrom')}</dt>
                    <dd>{record.repairableFrom ?? '—'}</dd>
                  </div>
                </dl>
              ) : null}
              {record.polarity === 'negative' && standing !== 'withdrawn' && standing !== 'repaired' ? (
                <div className="actions credit__actions">
                  {open.objection ? null : (
                    <button type="button" className="secondary" onClick={() => onObject(record)}>
                      {t('object')}
                    </button>
                  )}
                  {standing === 'repairable' && !open.repair ? (
                    <button type="button" className="primary" onClick={() => onRepair(record)}>
                      {t('applyRepair')}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <CaseList cases={cases} />
    </div>
  );
};

const CaseList = ({ cases }: { readonly cases: MyCases }) => {
  const { t } = useKioskPrefs();
  const items = [
    ...cases.objections.map((c) => ({
      id: c.objectionId,
      title: t('objectionCase', { doc: c.documentNumber }),
      filedOn: c.filedOn,
      dueOn: c.clock.dueOn,
      state: c.status === 'open' ? 'open' : c.status === 'retracted' ? 'retracted' : (c.outcome ?? 'open'),
      reasons: c.reasons,
    })),
    ...cases.repairs.map((c) => ({
      id: c.applicationId,
      title: t('repairCase', { doc: c.documentNumber }),
      filedOn: c.appliedOn,
      dueOn: c.clock.dueOn,
      state: c.status === 'pending' ? 'open' : c.status,
      reasons: c.reasons,
    })),
  ];
  if (items.length === 0) return null;
  return (
    <>
      <h2>{t('casesTitle')}</h2>
      <ul className="liaison__problems">
        {items.map((item) => (
          <li key={item.id} className="liaison__problem">
            <div className="liaison__problem-head">
              <strong>{item.title}</strong>
              <span className="status-badge">{t(OUTCOME_WORDS[item.state] ?? 'caseOpen')}</span>
            </div>
            <small>{t('caseFiled', { date: item.filedOn, due: item.dueOn })}</small>
            {item.reasons === null ? null : <p className="liaison__answer">{item.reasons}</p>}
          </li>
        ))}
      </ul>
    </>
  );
};
