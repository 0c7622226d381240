import { useApiData } from '../../api/useApiData';
import { useUnitNames } from '../../api/useDepartments';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { Bilingual } from '../../i18n/LocaleContext';
import { useText } from '../../i18n/useText';

interface Breach {
  readonly visitId: string;
  readonly officialId: string;
  readonly officialUnitId: string;
  readonly enterprise: { readonly creditCode: string; readonly name: string };
  readonly date: string;
  readonly breaches: readonly string[];
  readonly note: string | null;
}

const BREACH_NAMES: Record<string, Bilingual> = {
  meal: { zh: '用餐超出食堂员工标准', en: 'Meal beyond the canteen standard' },
  alcohol: { zh: '饮酒', en: 'Alcohol' },
  transport: { zh: '企业专门安排车辆', en: 'A car at the official’s disposal' },
  costs: { zh: '费用未由单位承担', en: 'Costs not borne by the unit' },
};

/** 廉洁申报异常: visits whose conduct declaration departs from the rules, for the discipline inspectors alone. */
export const ConductBreachesScreen = () => {
  const { t, tr } = useText();
  const unitName = useUnitNames();
  const { data } = useApiData<{ items: readonly Breach[] }>('/liaison/conduct-breaches');
  if (data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (data.status === 'error') return <ErrorNotice error={data.error} />;
  if (data.data.items.length === 0) return <p>{tr('暂无申报异常的走访。', 'No visit declared a breach.')}</p>;
  return (
    <div className="table-wrap">
      <table className="breaches">
        <caption>
          {tr('走访廉洁申报异常（最新在前）', 'Visits with a declared breach (latest first)')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tr('走访日期', 'Date')}</th>
            <th scope="col">{tr('企业', 'Enterprise')}</th>
            <th scope="col">{tr('领导干部所在单位', 'Official’s unit')}</th>
            <th scope="col">{tr('申报情况', 'Declared')}</th>
            <th scope="col">{tr('说明', 'Note')}</th>
          </tr>
        </thead>
        <tbody>
          {data.data.items.map((row) => (
            <tr key={row.visitId}>
              <td>{row.date}</td>
              <td>{row.enterprise.name}</td>
              <td>{t(unitName(row.officialUnitId))}</td>
              <td>{row.breaches.map((b) => t(BREACH_NAMES[b] ?? { zh: b, en: b })).join('；')}</td>
              <td>{row.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
