import type { OrganisationView } from '@qinqing/party-building/contracts';
import { OWN_ORGANISATION_TYPES } from '@qinqing/party-building/domain';
import { useEffect } from 'react';
import { useApiData } from '../../api/useApiData';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useText } from '../../i18n/useText';
import { hrefFor } from '../../session/useRoute';
import { ActivitiesPanel } from './ActivitiesPanel';
import { InPlaceChip } from './OrganisationsScreen';
import { organisationTypeName, requiredFormName } from './partyBuildingNames';

/**
 * One enterprise's organisation record: counts, type, what the counts require, whether it is in place, the term,
 * and — here only — the secretary's and instructor's names. Opening it is written to the read log.
 */
export const OrganisationRecordScreen = ({
  creditCode,
  mayRecord,
  onTitle,
}: {
  readonly creditCode: string;
  readonly mayRecord: boolean;
  readonly onTitle: (title: string | null) => void;
}) => {
  const { t, tr } = useText();
  const { data } = useApiData<OrganisationView>(
    `/party-building/organisations/${encodeURIComponent(creditCode)}`,
  );
  const name = data.status === 'ready' ? data.data.enterpriseName : null;
  useEffect(() => {
    onTitle(name === null ? null : tr(`党组织 · ${name}`, `Party organisation · ${name}`));
    return () => onTitle(null);
  }, [name, onTitle, tr]);
  const yes = (value: boolean) => (value ? tr('有', 'yes') : tr('无', 'no'));
  return (
    <div className="party-building">
      <p>
        <a href={hrefFor({ screen: 'party-organisations' })}>{tr('返回党组织列表', 'Back to the list')}</a>
      </p>
      {data.status === 'loading' ? <p role="status">{tr('加载中…', 'Loading…')}</p> : null}
      {data.status === 'error' ? <ErrorNotice error={data.error} /> : null}
      {data.status === 'ready' ? (
        <section className="panel" aria-labelledby="organisation-record-title">
          <h2 id="organisation-record-title">
            {tr('党组织情况', 'Organisation')} <InPlaceChip inPlace={data.data.inPlace} />
          </h2>
          <dl className="facts">
            <dt>{tr('统一社会信用代码', 'Credit code')}</dt>
            <dd>{data.data.creditCode}</dd>
            <dt>{tr('正式党员', 'Full members')}</dt>
            <dd>{data.data.fullMembers}</dd>
            <dt>{tr('预备党员', 'Probationary members')}</dt>
            <dd>{data.data.probationaryMembers}</dd>
            <dt>{tr('现有组织形式', 'Organisation')}</dt>
            <dd>{t(organisationTypeName(data.data.type))}</dd>
            <dt>{tr('按人数应建', 'Required')}</dt>
            <dd>
              {t(requiredFormName(data.data.requiredForm))}
              {data.data.mayAlsoForm.length === 0
                ? null
                : tr(
                    `（也可：${data.data.mayAlsoForm.map((f) => organisationTypeName(f).zh).join('、')}）`,
                    ` (may also form: ${data.data.mayAlsoForm.map((f) => organisationTypeName(f).en).join(', ')})`,
                  )}
            </dd>
            <dt>{tr('成立日期', 'Founded on')}</dt>
            <dd>{data.data.foundedOn ?? '—'}</dd>
            <dt>{tr('上级党组织', 'Superior organisation')}</dt>
            <dd>{data.data.superiorOrganisation ?? '—'}</dd>
            <dt>{tr('书记', 'Secretary')}</dt>
            <dd>{data.data.secretary ?? '—'}</dd>
            <dt>{tr('党建指导员', 'Instructor')}</dt>
            <dd>{data.data.instructor ?? '—'}</dd>
            <dt>{tr('任期', 'Term')}</dt>
            <dd>
              {data.data.termStartedOn === null
                ? '—'
                : tr(
                    `${data.data.termStartedOn} 起 ${data.data.termYears ?? ''} 年，${data.data.termEndsOn ?? ''} 届满`,
                    `${data.data.termYears ?? ''} years from ${data.data.termStartedOn}, ends ${data.data.termEndsOn ?? ''}`,
                  )}
            </dd>
            <dt>{tr('所在联合党支部', 'Joint branch')}</dt>
            <dd>
              {data.data.jointBranch === null ? (
                '—'
              ) : (
                <a
                  href={hrefFor({
                    screen: 'party-joint-branch',
                    jointBranchId: data.data.jointBranch.jointBranchId,
                  })}
                >
                  {data.data.jointBranch.name}
                </a>
              )}
            </dd>
            <dt>{tr('工会', 'Trade union')}</dt>
            <dd>{yes(data.data.union)}</dd>
            <dt>{tr('共青团', 'Youth league')}</dt>
            <dd>{yes(data.data.youthLeague)}</dd>
            <dt>{tr('登记', 'Records')}</dt>
            <dd>
              {tr(
                `共 ${data.data.records} 次，最近 ${data.data.recordedAt.slice(0, 10)}`,
                `${data.data.records}, latest ${data.data.recordedAt.slice(0, 10)}`,
              )}
            </dd>
          </dl>
          <p className="muted">
            {tr(
              '党员信息属敏感个人信息：本页只显示人数与书记、指导员姓名，每次查看均已记录。',
              'Party membership is sensitive: counts and the two names only; every view is logged.',
            )}
          </p>
        </section>
      ) : null}
      {data.status === 'ready' ? (
        (OWN_ORGANISATION_TYPES as readonly string[]).includes(data.data.type) ? (
          <ActivitiesPanel
            organisationKind="enterprise"
            organisationId={data.data.creditCode}
            mayRecord={mayRecord}
          />
        ) : (
          <p className="muted">
            {tr(
              '该企业没有自己的党组织：其党员的活动记在所在的联合党支部。',
              'The enterprise has no organisation of its own: its members’ activities go to their joint branch.',
            )}
          </p>
        )
      ) : null}
    </div>
  );
};
