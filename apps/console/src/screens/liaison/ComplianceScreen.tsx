import { useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useDepartments } from '../../api/useDepartments';
import { BarChart } from '../../components/charts/BarChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { CATEGORY_NAMES, type ComplianceAnswer, PACE_NAMES } from './liaisonTypes';

/** 走访达标情况: one unit's pairings, this year's visits against the quota, and who is behind. */
export const ComplianceScreen = () => {
  const { t, tr } = useText();
  const departments = useDepartments();
  const [unitId, setUnitId] = useState('');
  const chosen = unitId !== '' ? unitId : (departments[0]?.unitId ?? '');
  const { data } = useApiData<ComplianceAnswer>(
    chosen === '' ? null : `/liaison/compliance?unitId=${encodeURIComponent(chosen)}`,
  );
  return (
    <div className="compliance">
      <SelectField
        id="compliance-unit"
        label={tr('单位', 'Unit')}
        value={chosen}
        onChange={setUnitId}
        options={departments.map((d) => ({ value: d.unitId, label: t(d.name) }))}
      />
      {chosen === '' || data.status === 'loading' ? (
        <p role="status">{tr('加载中…', 'Loading…')}</p>
      ) : data.status === 'error' ? (
        <ErrorNotice error={data.error} />
      ) : (
        <>
          <p>
            {tr(
              `${data.data.year}年：应走访 ${data.data.totals.due} 次，已走访 ${data.data.totals.done} 次；${data.data.totals.behind} 个结对进度落后`,
              `${data.data.year}: ${data.data.totals.done} of ${data.data.totals.due} visits made; ${data.data.totals.behind} pairing(s) behind`,
            )}
          </p>
          <BarChart
            title={tr('各结对本年走访完成率', 'Visits made this year per pairing')}
            noData={tr('本年无任务', 'not due')}
            bars={data.data.pairings.map((row) => ({
              label: `${row.officialName ?? row.pairing.officialId}·${row.pairing.enterprise.name.slice(0, 6)}`,
              value: row.due === 0 ? null : Math.min(row.done / row.due, 1),
              detail: `${row.done}/${row.due}`,
            }))}
          />
          <div className="table-wrap">
            <table>
              <caption>{tr('结对走访情况', 'Pairings and visits')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tr('领导干部', 'Official')}</th>
                  <th scope="col">{tr('企业', 'Enterprise')}</th>
                  <th scope="col">{tr('类别', 'Category')}</th>
                  <th scope="col">{tr('已走访/应走访', 'Done/due')}</th>
                  <th scope="col">{tr('进度', 'Pace')}</th>
                </tr>
              </thead>
              <tbody>
                {data.data.pairings.map((row) => (
                  <tr key={row.pairing.pairingId}>
                    <td>{row.officialName ?? row.pairing.officialId}</td>
                    <td>{row.pairing.enterprise.name}</td>
                    <td>
                      {t(
                        CATEGORY_NAMES[row.pairing.category] ?? {
                          zh: row.pairing.category,
                          en: row.pairing.category,
                        },
                      )}
                    </td>
                    <td>
                      {row.done}/{row.due}
                    </td>
                    <td>{t(PACE_NAMES[row.status])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.data.belowMinimum.length === 0 ? null : (
            <p className="notice notice--error">
              {tr(
                `联系企业数不足${data.data.settings.minPairingsPerOfficial}家：${data.data.belowMinimum.map((o) => o.name).join('、')}`,
                `Fewer than ${data.data.settings.minPairingsPerOfficial} enterprise(s): ${data.data.belowMinimum.map((o) => o.name).join(', ')}`,
              )}
            </p>
          )}
        </>
      )}
    </div>
  );
};
