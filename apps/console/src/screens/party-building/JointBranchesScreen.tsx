import type { JointBranchListEntry } from '@qinqing/party-building/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { JointBranchForm } from './JointBranchForm';
import { useKeysetPages } from './useKeysetPages';

/**
 * 联合党支部: the joint branches, oldest first (keyset by id), with their unit counts; staff form one here. The
 * list shows the secretary only as present or not: the name is on the joint branch's own page.
 */
export const JointBranchesScreen = ({ mayRecord }: { readonly mayRecord: boolean }) => {
  const { tr } = useText();
  const [forming, setForming] = useState(false);
  const [done, setDone] = useState<{ id: string; name: string; units: number } | null>(null);
  const list = useKeysetPages<JointBranchListEntry>('/party-building/joint-branches', {});
  return (
    <div className="party-building">
      {mayRecord && !forming ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setDone(null);
              setForming(true);
            }}
          >
            {tr('组建联合党支部', 'Form a joint branch')}
          </button>
        </p>
      ) : null}
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {tr(`已组建 ${done.name}（${done.units} 个单位）`, `Formed ${done.name} (${done.units} units)`)}{' '}
          <a href={hrefFor({ screen: 'party-joint-branch', jointBranchId: done.id })}>
            {tr('查看', 'Open it')}
          </a>
        </p>
      )}
      {forming ? (
        <JointBranchForm
          onCancel={() => setForming(false)}
          onFormed={(answer) => {
            setForming(false);
            setDone({ id: answer.jointBranchId, name: answer.name, units: answer.units.length });
            list.reload();
          }}
        />
      ) : null}
      {list.data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {list.data.status === 'error' ? <ErrorNotice error={list.data.error} /> : null}
      {list.data.status === 'ready' && list.items.length === 0 ? (
        <p>{tr('还没有联合党支部。', 'No joint branch is formed yet.')}</p>
      ) : null}
      {list.items.length === 0 ? null : (
        <div className="table-wrap">
          <table className="party-joint-branches">
            <caption className="visually-hidden">{tr('联合党支部', 'Joint branches')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('名称', 'Name')}</th>
                <th scope="col">{tr('成员单位', 'Units')}</th>
                <th scope="col">{tr('上级党组织', 'Superior organisation')}</th>
                <th scope="col">{tr('成立日期', 'Founded on')}</th>
                <th scope="col">{tr('书记', 'Secretary')}</th>
                <th scope="col">{tr('任期届满', 'Term ends')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.jointBranchId}>
                  <td>
                    <a href={hrefFor({ screen: 'party-joint-branch', jointBranchId: item.jointBranchId })}>
                      {item.name}
                    </a>
                  </td>
                  <td>{item.unitCount}</td>
                  <td>{item.superiorOrganisation}</td>
                  <td>{item.foundedOn}</td>
                  <td>{item.hasSecretary ? tr('有书记', 'secretary') : tr('无书记', 'no secretary')}</td>
                  <td>{item.termEndsOn}</td>
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
