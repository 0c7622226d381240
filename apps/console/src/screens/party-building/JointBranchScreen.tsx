import type { JointBranchAnswer, JointBranchView } from '@qinqing/party-building/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useApiData } from '../../api/useApiData';
import { useCommand } from '../../api/useCommand';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/FormField';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { unclaimedFailure } from '../credit/unclaimedFailure';
import { ActivitiesPanel } from './ActivitiesPanel';

/**
 * One joint branch: its name, superior organisation, secretary, term, and its units with their counts when they
 * joined; staff add a unit (at most five) or let one leave (at least two stay), each refusal at the field or
 * unit it names. Below: its activities. Opening it is written to the read log.
 */
export const JointBranchScreen = ({
  jointBranchId,
  mayRecord,
  onTitle,
}: {
  readonly jointBranchId: string;
  readonly mayRecord: boolean;
  readonly onTitle: (title: string | null) => void;
}) => {
  const { t, tr } = useText();
  const path = `/party-building/joint-branches/${encodeURIComponent(jointBranchId)}`;
  const { data, reload } = useApiData<JointBranchView>(path);
  const adding = useCommand();
  const removing = useCommand();
  const [creditCode, setCreditCode] = useState('');
  const [removingCode, setRemovingCode] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const name = data.status === 'ready' ? data.data.name : null;
  useEffect(() => {
    onTitle(name === null ? null : tr(`联合党支部 · ${name}`, `Joint branch · ${name}`));
    return () => onTitle(null);
  }, [name, onTitle, tr]);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    removing.clear();
    const answer = await adding.run<JointBranchAnswer>(`${path}/units`, {
      method: 'POST',
      body: { creditCode },
    });
    if (answer) {
      setDone(tr(`已加入 ${creditCode.trim()}`, `${creditCode.trim()} joined`));
      setCreditCode('');
      reload();
    }
  };
  const remove = async (code: string) => {
    setDone(null);
    adding.clear();
    setRemovingCode(code);
    const answer = await removing.run<JointBranchAnswer>(`${path}/units/${encodeURIComponent(code)}`, {
      method: 'DELETE',
    });
    if (answer) {
      setDone(tr(`${code} 已退出`, `${code} left`));
      reload();
    }
  };
  return (
    <div className="party-building">
      <p>
        <a href={hrefFor({ screen: 'party-joint-branches' })}>
          {tr('返回联合党支部列表', 'Back to the joint branches')}
        </a>
      </p>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <>
          <section className="panel" aria-labelledby="joint-branch-title">
            <h2 id="joint-branch-title">{tr('联合党支部', 'Joint branch')}</h2>
            <dl className="facts">
              <dt>{tr('上级党组织', 'Superior organisation')}</dt>
              <dd>{data.data.superiorOrganisation}</dd>
              <dt>{tr('成立日期', 'Founded on')}</dt>
              <dd>{data.data.foundedOn}</dd>
              <dt>{tr('书记', 'Secretary')}</dt>
              <dd>{data.data.secretary}</dd>
              <dt>{tr('任期', 'Term')}</dt>
              <dd>
                {tr(
                  `${data.data.termStartedOn} 起 ${data.data.termYears} 年，${data.data.termEndsOn} 届满`,
                  `${data.data.termYears} years from ${data.data.termStartedOn}, ends ${data.data.termEndsOn}`,
                )}
              </dd>
            </dl>
            <h3>{tr('成员单位', 'Units')}</h3>
            <div className="table-wrap">
              <table className="party-joint-branch-units">
                <caption className="visually-hidden">{tr('成员单位', 'Units')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('单位', 'Unit')}</th>
                    <th scope="col">{tr('加入时正式 / 预备党员', 'Full / probationary on joining')}</th>
                    <th scope="col">{tr('加入日期', 'Joined on')}</th>
                    {mayRecord ? <th scope="col">{tr('操作', 'Action')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {data.data.units.map((unit) => (
                    <tr key={unit.creditCode}>
                      <td>
                        <a href={hrefFor({ screen: 'party-organisation', creditCode: unit.creditCode })}>
                          {unit.enterpriseName}
                        </a>
                        <div className="muted">{unit.creditCode}</div>
                      </td>
                      <td>
                        {unit.fullMembers} / {unit.probationaryMembers}
                      </td>
                      <td>{unit.joinedOn}</td>
                      {mayRecord ? (
                        <td>
                          <button
                            type="button"
                            className="button"
                            disabled={removing.busy}
                            aria-label={tr(`${unit.enterpriseName} 退出`, `${unit.enterpriseName} leaves`)}
                            onClick={() => void remove(unit.creditCode)}
                          >
                            {tr('退出', 'Leave')}
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {removing.failure === null ? null : (
              <div className="notice notice--error" role="alert">
                <p>
                  {tr(`${removingCode ?? ''} 未能退出：`, `${removingCode ?? ''} did not leave: `)}
                  {t(removing.failure.problem.message)}
                </p>
              </div>
            )}
            {done === null ? null : (
              <p className="notice notice--ok" role="status">
                {done}
              </p>
            )}
            {mayRecord ? (
              <form aria-labelledby="joint-branch-add-title" noValidate onSubmit={add}>
                <h3 id="joint-branch-add-title">{tr('增加成员单位', 'Add a unit')}</h3>
                <div className="form-grid">
                  <TextField
                    id="joint-branch-add-creditCode"
                    label={tr('统一社会信用代码', 'Unified social credit code')}
                    value={creditCode}
                    onChange={setCreditCode}
                    required
                    error={adding.failure?.messageFor('creditCode') ?? null}
                  />
                </div>
                <ErrorNotice error={unclaimedFailure(adding.failure, ['creditCode'])} />
                <div className="action-form__buttons">
                  <button type="submit" className="button button--primary" disabled={adding.busy}>
                    {tr('加入', 'Add')}
                  </button>
                </div>
              </form>
            ) : null}
            <p className="muted">
              {tr(
                '党员信息属敏感个人信息：本页只显示人数与书记姓名，每次查看均已记录。',
                'Party membership is sensitive: counts and the secretary’s name only; every view is logged.',
              )}
            </p>
          </section>
          <ActivitiesPanel
            organisationKind="joint-branch"
            organisationId={data.data.jointBranchId}
            mayRecord={mayRecord}
          />
        </>
      ) : null}
    </div>
  );
};
