import type { OrganisationListEntry } from '@qinqing/party-building/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { OrganisationForm } from './OrganisationForm';
import { organisationTypeName, requiredFormName } from './partyBuildingNames';
import { useKeysetPages } from './useKeysetPages';

type Filter = '' | 'true' | 'false';

/** A record's standing against what its counts require, in words and colour. */
export const InPlaceChip = ({ inPlace }: { readonly inPlace: boolean }) => {
  const { tr } = useText();
  return (
    <span className={`chip ${inPlace ? 'chip--positive' : 'chip--published'}`}>
      {inPlace ? tr('已达要求', 'In place') : tr('未达要求', 'Not in place')}
    </span>
  );
};

/**
 * 党组织: enterprises' organisation records by credit code, all or only those in place or not; staff record one
 * here. The list shows roles only as present or not: names are on an enterprise's own record.
 */
export const OrganisationsScreen = ({ mayRecord }: { readonly mayRecord: boolean }) => {
  const { t, tr } = useText();
  const [filter, setFilter] = useState<Filter>('');
  const [recording, setRecording] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const list = useKeysetPages<OrganisationListEntry>('/party-building/organisations', {
    inPlace: filter === '' ? undefined : filter,
  });
  return (
    <div className="party-building">
      <form className="filters" aria-label={tr('筛选', 'Filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="organisation-filter"
          label={tr('是否达到要求', 'Standing')}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          options={[
            { value: '', label: tr('全部', 'All') },
            { value: 'false', label: tr('未达要求', 'Not in place') },
            { value: 'true', label: tr('已达要求', 'In place') },
          ]}
        />
        {mayRecord && !recording ? (
          <button
            type="button"
            className="button button--primary filters__reset"
            onClick={() => {
              setDone(null);
              setRecording(true);
            }}
          >
            {tr('登记党组织情况', 'Record an organisation')}
          </button>
        ) : null}
      </form>
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {recording ? (
        <OrganisationForm
          onCancel={() => setRecording(false)}
          onRecorded={(answer, name) => {
            setRecording(false);
            setDone(
              answer.inPlace
                ? tr(`已登记 ${name}：已达到要求`, `Recorded ${name}: in place`)
                : tr(
                    `已登记 ${name}：未达到要求（${requiredFormName(answer.requiredForm).zh}），已列入党建预警`,
                    `Recorded ${name}: not in place (${requiredFormName(answer.requiredForm).en}); it is on the alerts`,
                  ),
            );
            list.reload();
          }}
        />
      ) : null}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>
          {filter === ''
            ? tr('还没有登记党组织情况。', 'No organisation is recorded yet.')
            : tr('没有符合条件的党组织登记。', 'No organisation records match.')}
        </p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-organisations">
            <caption className="visually-hidden">{tr('党组织登记', 'Organisation records')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('企业', 'Enterprise')}</th>
                <th scope="col">{tr('正式 / 预备党员', 'Full / probationary')}</th>
                <th scope="col">{tr('现有组织', 'Organisation')}</th>
                <th scope="col">{tr('按人数应建', 'Required')}</th>
                <th scope="col">{tr('情况', 'Standing')}</th>
                <th scope="col">{tr('书记 / 指导员', 'Secretary / instructor')}</th>
                <th scope="col">{tr('任期届满', 'Term ends')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.creditCode}>
                  <td>
                    <a href={hrefFor({ screen: 'party-organisation', creditCode: item.creditCode })}>
                      {item.enterpriseName}
                    </a>
                    <div className="muted">{item.creditCode}</div>
                  </td>
                  <td>
                    {item.fullMembers} / {item.probationaryMembers}
                  </td>
                  <td>{t(organisationTypeName(item.type))}</td>
                  <td>{t(requiredFormName(item.requiredForm))}</td>
                  <td>
                    <InPlaceChip inPlace={item.inPlace} />
                  </td>
                  <td>
                    {item.hasSecretary ? tr('有书记', 'secretary') : tr('无书记', 'no secretary')} ·{' '}
                    {item.hasInstructor ? tr('有指导员', 'instructor') : tr('无指导员', 'no instructor')}
                  </td>
                  <td>{item.termEndsOn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNotice error={list.failure} />
      {list.next === null ? null : (
        <button type="button" className="button" onClick={() => void list.loadMore()}>
          {tr('加载更多', 'Load more')}
        </button>
      )}
    </div>
  );
};
