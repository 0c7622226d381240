import type { PolicySummaryView } from '@qinqing/service-centre/contracts';
import type { LocalizedText } from '@qinqing/shared/chinese-ids';
import { useKioskPrefs } from '../../i18n/useKioskPrefs';

/** One policy: what it is, who issued it, what it offers and, in the enterprise's box, why it was pushed. */
export const PolicyCard = ({
  policy,
  why,
  onOpen,
}: {
  readonly policy: PolicySummaryView;
  readonly why: LocalizedText | null;
  readonly onOpen: () => void;
}) => {
  const { t, lang } = useKioskPrefs();
  return (
    <li className="policy-card">
      <h2 className="policy-card__title">{policy.title}</h2>
      <p className="policy-card__issued">
        {t('policiesIssued', { body: policy.issuingBody, number: policy.documentNumber })} ·{' '}
        {policy.expiresOn === null
          ? t('policiesInForceOpen', { from: policy.effectiveOn })
          : t('policiesInForce', { from: policy.effectiveOn, to: policy.expiresOn })}
      </p>
      {why === null ? null : (
        <p className="policy-card__why">
          <strong>{t('policiesWhy')}：</strong>
          {why[lang]}
        </p>
      )}
      <p>{policy.summary}</p>
      <p className="policy-card__benefits-title">{t('policiesBenefits')}</p>
      <ul className="policy-card__benefits">
        {policy.benefits.map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onOpen}>
        {t('policiesFullText')}
      </button>
    </li>
  );
};
