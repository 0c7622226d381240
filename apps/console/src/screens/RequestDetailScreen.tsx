import type { RequestDetail } from '@qinqing/appeals/contracts';
import { useEffect, useState } from 'react';
import { useApiData } from '../api/useApiData';
import { useDepartments, useUnitNames } from '../api/useDepartments';
import { ClockBadge, ProvisionalTag } from '../components/ClockBadge';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  categoryName,
  channelName,
  PRIORITY_NAMES,
  ratingName,
  roleName,
  statusName,
} from '../components/names';
import type { Bilingual } from '../i18n/LocaleContext';
import { useText } from '../i18n/useText';
import { hrefFor } from '../session/useRoute';
import { ActionPanel } from './ActionPanel';

const formatInstant = (iso: string, lang: 'zh' | 'en'): string =>
  new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

/** One request: facts, clocks, the timeline in plain words, and the actions allowed now. */
export const RequestDetailScreen = ({
  requestId,
  onTitle,
}: {
  readonly requestId: string;
  readonly onTitle: (title: string | null) => void;
}) => {
  const { t, tr, lang } = useText();
  const departments = useDepartments();
  const nameOf = useUnitNames();
  const { data, reload } = useApiData<RequestDetail>(`/appeals/requests/${encodeURIComponent(requestId)}`);
  const [done, setDone] = useState<Bilingual | null>(null);
  const title = data.status === 'ready' ? data.data.title : null;
  useEffect(() => onTitle(title), [title, onTitle]);

  if (data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (data.status === 'error') {
    return (
      <>
        <ErrorNotice error={data.error} />
        <a href={hrefFor({ screen: 'inbox' })}>{tr('返回诉求列表', 'Back to the inbox')}</a>
      </>
    );
  }
  const detail = data.data;
  const unitName = (id: string | null) => (id === null ? '—' : t(nameOf(id)));

  return (
    <div className="detail">
      <p>
        <a href={hrefFor({ screen: 'inbox' })}>← {tr('返回诉求列表', 'Back to the inbox')}</a>
      </p>
      {done === null ? null : (
        <p className="notice notice--ok" role="status">
          {t(done)}
        </p>
      )}
      <div className="detail__grid">
        <div className="detail__main">
          <section className="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{tr('基本信息', 'Facts')}</h2>
            <dl className="facts">
              {detail.receiptCode === null ? null : (
                <>
                  <dt>{tr('回执码', 'Receipt code')}</dt>
                  <dd>{detail.receiptCode}</dd>
                </>
              )}
              <dt>{tr('状态', 'Status')}</dt>
              <dd>
                {t(statusName(detail.status))}
                {detail.paused ? ` · ${tr('计时已暂停', 'clock paused')}` : ''}
                {detail.overdue ? <span className="tag tag--overdue">{tr('超期', 'Overdue')}</span> : null}
              </dd>
              <dt>{tr('企业', 'Enterprise')}</dt>
              <dd>
                {detail.enterprise.name} <span className="muted">{detail.enterprise.creditCode}</span>
              </dd>
              <dt>{tr('联系人', 'Contact')}</dt>
              <dd>
                {detail.contact.name} {detail.contact.phone}
              </dd>
              <dt>{tr('类别 / 优先级', 'Category / priority')}</dt>
              <dd>
                {t(categoryName(detail.category))} ·{' '}
                {t(PRIORITY_NAMES[detail.priority === 'urgent' ? 'urgent' : 'normal'])}
              </dd>
              <dt>{tr('渠道', 'Channel')}</dt>
              <dd>{t(channelName(detail.channel))}</dd>
              <dt>{tr('首问责任单位', 'First receiver')}</dt>
              <dd>{unitName(detail.receivingUnitId)}</dd>
              <dt>{tr('当前责任单位', 'Responsible now')}</dt>
              <dd>{unitName(detail.ownerUnitId)}</dd>
              <dt>{tr('承办部门', 'Department')}</dt>
              <dd>
                {unitName(detail.departmentId)}
                {detail.pendingDepartmentId === null
                  ? ''
                  : ` (${tr('待签收', 'awaiting')}: ${unitName(detail.pendingDepartmentId)})`}
              </dd>
              <dt>{tr('提交日期', 'Submitted')}</dt>
              <dd>{formatInstant(detail.submittedAt, lang)}</dd>
              {detail.rating === null ? null : (
                <>
                  <dt>{tr('评价', 'Rating')}</dt>
                  <dd>{t(ratingName(detail.rating))}</dd>
                </>
              )}
            </dl>
            <h3>{tr('诉求内容', 'Description')}</h3>
            <p className="prose">{detail.description}</p>
            {detail.answer === null ? null : (
              <>
                <h3>{tr('办理结果', 'Answer')}</h3>
                <p className="prose">{detail.answer.text}</p>
                <p className="muted">
                  {tr('答复日期', 'Answered on')} {detail.answer.answeredOn} ·{' '}
                  {tr('评价截止', 'Feedback due')} {detail.answer.feedbackDue}
                  {detail.answer.feedbackDueProvisional ? <ProvisionalTag /> : null}
                </p>
              </>
            )}
          </section>
          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{tr('办理过程', 'Timeline')}</h2>
            <ol className="timeline">
              {detail.timeline.map((entry, index) => (
                <li key={`${entry.at}-${index}`}>
                  <time dateTime={entry.at}>
                    {formatInstant(entry.at, lang)}
                    {roleName(entry.actorRole) === null
                      ? ''
                      : ` · ${t(roleName(entry.actorRole) as Bilingual)}`}
                  </time>
                  <span>{t(entry.summary)}</span>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div className="detail__side">
          <ActionPanel
            detail={detail}
            departments={departments}
            onStarted={() => setDone(null)}
            onChanged={(message) => {
              setDone(message);
              reload();
            }}
          />
          <section className="panel" aria-labelledby="clocks-heading">
            <h2 id="clocks-heading">{tr('时限', 'Clocks')}</h2>
            {detail.clocks.length === 0 ? (
              <p className="muted">—</p>
            ) : (
              <ul className="clock-list">
                {detail.clocks.map((clock) => (
                  <li key={clock.clock}>
                    <ClockBadge clock={clock} />
                  </li>
                ))}
              </ul>
            )}
            {detail.provisionalYears.length === 0 ? null : (
              <p className="muted">
                {tr(
                  `标“暂定”的期限取决于尚未载入的${detail.provisionalYears.join('、')}年节假日安排（国务院办公厅通知），暂按法定节日计算；通知载入后系统重新核定并记入办理过程。`,
                  `Deadlines marked provisional depend on the ${detail.provisionalYears.join(' and ')} holiday notice, which is not loaded: counted from statutory holidays only, they are recomputed (and recorded in the timeline) once it is.`,
                )}
              </p>
            )}
          </section>
          {detail.supervisionOrders.length === 0 ? null : (
            <section className="panel" aria-labelledby="orders-heading">
              <h2 id="orders-heading">{tr('督办单', 'Supervision orders')}</h2>
              <ul className="plain-list">
                {detail.supervisionOrders.map((order) => (
                  <li key={order.orderId}>
                    {tr(`第${order.number}号`, `No. ${order.number}`)} · {t(order.subject)} ·{' '}
                    {tr(`${order.issuedOn} 发出`, `issued ${order.issuedOn}`)} ·{' '}
                    {order.open ? tr('督办中', 'open') : tr('已销号', 'closed')}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
};
