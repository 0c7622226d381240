import type { CreditRestrictionPurpose, EnterpriseRestrictions } from '@qinqing/credit/contracts';
import { queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';

const PURPOSE_NAMES: Record<CreditRestrictionPurpose, Bilingual> = {
  honours: { zh: '评优评先、政治荣誉', en: 'Honours' },
  'policy-benefits': { zh: '政策扶持', en: 'Policy benefits' },
  'public-procurement': { zh: '政府采购', en: 'Public procurement' },
  'key-enterprise-pairing': { zh: '重点企业联系', en: 'Key-enterprise pairing' },
};
const LIFT_NAMES: Record<string, Bilingual> = {
  repaired: { zh: '信用修复', en: 'repaired' },
  'record-withdrawn': { zh: '记录撤销', en: 'record withdrawn' },
  'record-corrected': { zh: '记录更正', en: 'record corrected' },
};

/** 失信约束: what the enterprise's records restrict (一处失信、处处受限), in force or lifted, and until when. */
export const RestrictionsPanel = ({ creditCode }: { readonly creditCode: string }) => {
  const { t, tr } = useText();
  const { data } = useApiData<EnterpriseRestrictions>(`/credit/restrictions${queryString({ creditCode })}`);
  return (
    <section className="panel" aria-labelledby="restrictions-title">
      <h2 id="restrictions-title">{tr('失信约束', 'Restrictions')}</h2>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        data.data.restrictions.length === 0 ? (
          <p>{tr('该企业没有失信约束。', 'No restrictions on this enterprise.')}</p>
        ) : (
          <ul className="plain-list">
            {data.data.restrictions.map((r) => (
              <li key={r.restrictionId}>
                <span className={`chip ${r.active ? 'chip--published' : 'chip--ended'}`}>
                  {r.active
                    ? tr('生效中', 'In force')
                    : r.liftedOn === null
                      ? tr('未生效', 'Not in force')
                      : tr('已解除', 'Lifted')}
                </span>{' '}
                {r.purposes.map((p) => t(PURPOSE_NAMES[p])).join('、')}{' '}
                <span className="muted">
                  {r.documentNumber} · {r.startsOn} – {r.endsOn}
                  {r.liftedOn === null
                    ? ''
                    : tr(
                        ` · ${r.liftedOn} 因${t(LIFT_NAMES[r.liftReason ?? ''] ?? { zh: '', en: '' })}解除`,
                        ` · lifted ${r.liftedOn} (${t(LIFT_NAMES[r.liftReason ?? ''] ?? { zh: '', en: '' })})`,
                      )}
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
};
