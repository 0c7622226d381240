import type { StaffAction } from '@qinqing/appeals/contracts';
import type {
  FlaggedApproval,
  FlaggedEnterprise,
  FlaggedFiling,
  FlaggedHandledRequest,
  FlaggedPairing,
  FlaggedReview,
  FlaggedVisitRequest,
  FlagPage,
  FlagSection as Section,
  FlagSectionPage,
} from '@qinqing/service-centre/contracts';
import { type ReactNode, useState } from 'react';
import { api, ApiError, queryString } from '../../api/apiClient';
import { useApiData } from '../../api/useApiData';
import { activityKindName } from '../../components/activityKinds';
import { ErrorNotice } from '../../components/ErrorNotice';
import { categoryName } from '../../components/names';
import type { Bilingual } from '../../i18n/LocaleContext';
import { type TextTools, useText } from '../../i18n/useText';

export const DESK = '/service-centre/misconduct-reports/desk';

const REQUEST_STATE: Record<string, Bilingual> = {
  raised: { zh: '已提出', en: 'Raised' },
  accepted: { zh: '已受理', en: 'Accepted' },
  'sent-back': { zh: '已退回', en: 'Sent back' },
  resolved: { zh: '已办结', en: 'Resolved' },
  informed: { zh: '已告知', en: 'Informed' },
  escalated: { zh: '已报上级', en: 'Escalated' },
  overdue: { zh: '已超期', en: 'Overdue' },
};

const STAFF_ACTION: Record<StaffAction, Bilingual> = {
  submitted: { zh: '代企业登记', en: 'filed for the enterprise' },
  'handed-off': { zh: '转办', en: 'handed off' },
  accepted: { zh: '签收', en: 'accepted' },
  'sent-back': { zh: '退回', en: 'sent back' },
  replied: { zh: '答复', en: 'replied' },
  paused: { zh: '暂停计时', en: 'paused the clocks' },
  resumed: { zh: '恢复计时', en: 'resumed the clocks' },
  'outcome-planned': { zh: '拟报出/告知', en: 'planned an outcome' },
  resolved: { zh: '办结', en: 'resolved' },
  escalated: { zh: '报出上级', en: 'reported up' },
  informed: { zh: '告知不能办理', en: 'informed it cannot be handled' },
  'marked-duplicate': { zh: '标为重复', en: 'marked as a duplicate' },
  'grouped-for-meeting': { zh: '列入联席会议', en: 'put to a joint meeting' },
  'meeting-outcome-recorded': { zh: '记录会议结果', en: 'recorded the meeting outcome' },
  'rectification-reported': { zh: '报告整改', en: 'reported the rectification' },
  'rating-appealed': { zh: '对评价申诉', en: 'appealed the rating' },
  'rehandling-ordered': { zh: '责令重办', en: 'ordered re-handling' },
  'supervision-note-added': { zh: '督办备注', en: 'added a supervision note' },
  'supervision-order-closed': { zh: '督办办结', en: 'closed a supervision order' },
  'callback-recorded': { zh: '回访', en: 'called back' },
  'pause-extension-approved': { zh: '批准延长暂停', en: 'approved a longer pause' },
  'extension-approved': { zh: '批准延期', en: 'approved an extension' },
  'rate-exclusion-approved': { zh: '批准核减', en: 'approved a rate exclusion' },
  'rating-appeal-upheld': { zh: '支持评价申诉', en: 'upheld a rating appeal' },
  'rating-appeal-rejected': { zh: '驳回评价申诉', en: 'rejected a rating appeal' },
};

const FILING_OUTCOME: Record<string, Bilingual> = {
  requested: { zh: '待审批', en: 'awaiting approval' },
  approved: { zh: '已批准', en: 'approved' },
  refused: { zh: '未批准', en: 'refused' },
};

const FILING_REPORT: Record<string, Bilingual> = {
  reported: { zh: '已按时报告', en: 'reported in time' },
  'reported-late': { zh: '逾期报告', en: 'reported late' },
  overdue: { zh: '报告逾期未交', en: 'report overdue' },
};

const day = (instant: string) => instant.slice(0, 10);

const enterpriseLabel = (e: FlaggedEnterprise | null, { tr }: TextTools) =>
  e === null ? tr('（企业未知）', '(enterprise unknown)') : (e.name ?? e.creditCode);
const categoryLabel = (category: string | null, { t }: TextTools) =>
  category === null ? '' : ` · ${t(categoryName(category))}`;

/** A section of the panel: where its first page sits in the overview, and how an item is keyed and shown. */
interface SectionView<Item> {
  readonly section: Section;
  readonly title: Bilingual;
  readonly first: (review: FlaggedReview) => FlagPage<Item>;
  readonly keyOf: (item: Item) => string;
  readonly render: (item: Item, text: TextTools) => ReactNode;
}

/** A section as the panel lists it, its item type sealed inside: five differently typed sections, one list. */
const sectionView = <Item,>(view: SectionView<Item>) => ({
  section: view.section,
  list: (reportId: string, review: FlaggedReview) => (
    <FlagList key={view.section} reportId={reportId} view={view} first={view.first(review)} />
  ),
});

const SECTION_VIEWS = [
  sectionView<FlaggedPairing>({
    section: 'pairings',
    title: { zh: '结对联系企业', en: 'Pairings' },
    first: (review) => review.pairings,
    keyOf: (p) => p.pairingId,
    render: (p) => `${p.enterpriseName} · ${p.startDate}–${p.endDate ?? ''}`,
  }),
  sectionView<FlaggedVisitRequest>({
    section: 'requests',
    title: { zh: '走访中提出的诉求', en: 'Requests raised on visits' },
    first: (review) => review.requests,
    keyOf: (r) => r.requestId,
    render: (r, { t }) =>
      `${r.raisedOn} · ${r.enterpriseName} · ${r.title} · ${t(REQUEST_STATE[r.state] ?? { zh: r.state, en: r.state })}`,
  }),
  sectionView<FlaggedFiling>({
    section: 'filings',
    title: { zh: '政商交往报备（本人报备或审批）', en: 'Interaction filings (filed or decided by him)' },
    first: (review) => review.filings,
    keyOf: (f) => f.filingId,
    render: (f, { t, tr }) => (
      <>
        {day(f.actedAt)} · {f.role === 'filed' ? tr('本人报备', 'filed') : tr('本人审批', 'decided')} ·{' '}
        {f.activityKind === null ? '' : t(activityKindName(f.activityKind))} ·{' '}
        {f.enterprises.map((e) => e.name ?? e.creditCode).join('、')} · {tr('活动日期', 'on')}{' '}
        {f.eventDate ?? '—'} ·{' '}
        {f.outcome === null ? '' : t(FILING_OUTCOME[f.outcome] ?? { zh: f.outcome, en: f.outcome })}
        {f.report === null ? null : ` · ${t(FILING_REPORT[f.report] ?? { zh: f.report, en: f.report })}`}
        {f.conductKept === false ? (
          <span className="tag tag--overdue">{tr('报告称未守交往纪律', 'conduct not kept')}</span>
        ) : null}
      </>
    ),
  }),
  sectionView<FlaggedApproval>({
    section: 'approvals',
    title: { zh: '对企业诉求的审批（本人批准）', en: 'Approvals on enterprise requests (given by him)' },
    first: (review) => review.approvals,
    keyOf: (a) => a.approvalId,
    render: (a, text) =>
      `${day(a.actedAt)} · ${text.t(STAFF_ACTION[a.action])} · ${enterpriseLabel(a.enterprise, text)}${categoryLabel(a.category, text)}`,
  }),
  sectionView<FlaggedHandledRequest>({
    section: 'handled-requests',
    title: { zh: '经手的企业诉求（本人办理）', en: 'Enterprise requests he acted on' },
    first: (review) => review.handledRequests,
    keyOf: (h) => h.requestId,
    render: (h, text) =>
      `${day(h.firstActedAt)}${day(h.lastActedAt) === day(h.firstActedAt) ? '' : `–${day(h.lastActedAt)}`} · ${enterpriseLabel(h.enterprise, text)}${categoryLabel(h.category, text)} · ${h.actions.map((a) => text.t(STAFF_ACTION[a])).join('、')}`,
  }),
];

/**
 * The accused official's dealings, flagged for review while the report is open (discipline inspector only;
 * opening it and every "more" is recorded on the report). Five sections, each paged on its own.
 */
export const FlagsPanel = ({ reportId }: { readonly reportId: string }) => {
  const { t, tr } = useText();
  const flags = useApiData<FlaggedReview>(`${DESK}/reports/${reportId}/flags`);
  if (flags.data.status === 'loading') return <p role="status">{tr('加载中…', 'Loading…')}</p>;
  if (flags.data.status === 'error') return <ErrorNotice error={flags.data.error} />;
  const data = flags.data.data;
  if (!data.reviewing) return <p>{data.reason === null ? '' : t(data.reason)}</p>;
  return (
    <div className="report-flags">
      <p className="muted">
        {tr(
          `被反映人账号 ${data.officialId ?? ''}：以下事项仅供核查，均来自各业务的公开事件。`,
          `Official’s account ${data.officialId ?? ''}: flagged for review, from the contexts’ public events.`,
        )}
      </p>
      {SECTION_VIEWS.map((view) => view.list(reportId, data))}
    </div>
  );
};

/** One section: its first page from the overview, then "more" from its own keyset-paged route (recorded). */
const FlagList = <Item,>({
  reportId,
  view: { section, title, keyOf, render },
  first,
}: {
  readonly reportId: string;
  readonly view: SectionView<Item>;
  readonly first: FlagPage<Item>;
}) => {
  const text = useText();
  const { t, tr } = text;
  const [more, setMore] = useState<{ readonly items: readonly Item[]; readonly next: string | null }>({
    items: [],
    next: first.next,
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const items = [...first.items, ...more.items];
  const headingId = `flags-${section}`;
  const loadMore = async () => {
    if (more.next === null) return;
    try {
      const answer = await api<FlagSectionPage<Item>>(
        `${DESK}/reports/${reportId}/flags/${section}${queryString({ after: more.next, limit: 50 })}`,
      );
      setMore({ items: [...more.items, ...answer.page.items], next: answer.page.next });
      setFailure(null);
    } catch (caught) {
      if (caught instanceof ApiError) setFailure(caught);
    }
  };
  return (
    <section className="report-flags__section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(title)}（{tr('待核查', 'flagged')} {items.length}
        {more.next === null ? '' : '+'}）
      </h3>
      {items.length === 0 ? (
        <p className="muted">{tr('无。', 'None.')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={keyOf(item)}>⚑ {render(item, text)}</li>
          ))}
        </ul>
      )}
      <ErrorNotice error={failure} />
      {more.next === null ? null : (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {tr('加载更多（将记录）', 'Load more (recorded)')}
        </button>
      )}
    </section>
  );
};
