import type { StaffAction } from '@qinqing/appeals/contracts';
import type {
  FlaggedApproval,
  FlaggedEnterprise,
  FlaggedFiling,
  FlaggedHandledRequest,
  FlaggedPairing,
  FlaggedVisitRequest,
  FlagPage,
  FlagPageQuery,
  FlagSection,
} from '@qinqing/service-centre/contracts';
import type { SqlExecutor } from '@qinqing/shared/event-sourcing';

type Row = Record<string, unknown>;
type Instant = Date | string;

/**
 * One section of the flagged review as a keyset-paged read: the official's rows, newest `key` first and `id`
 * ascending among equals, `limit` at most, resumed after the previous page's last row (`<key>|<id>`). Every
 * section has an index on (owner, key DESC, id), so a page reads `limit + 1` index entries, never the lot.
 */
interface Section<Item> {
  readonly from: string;
  readonly owner: string;
  readonly key: string;
  readonly keyType: 'date' | 'timestamptz';
  readonly id: string;
  readonly columns: string;
  readonly item: (row: Row) => Item;
}

const orNull =
  <T>(read: (value: unknown) => T) =>
  (value: unknown): T | null =>
    value === null || value === undefined ? null : read(value);
const text = (value: unknown): string => String(value);
const textOrNull = orNull(text);
const day = (value: unknown): string => text(value).slice(0, 10);
const dayOrNull = orNull(day);
const instant = (value: unknown): string => new Date(value as Instant).toISOString();

/** Reads one page of a section for an official. */
type SectionReader<Item> = (
  db: SqlExecutor,
  officialId: string,
  query: FlagPageQuery,
) => Promise<FlagPage<Item>>;

const keysetPages =
  <Item>(section: Section<Item>): SectionReader<Item> =>
  async (db, officialId, { after, limit }) => {
    const params: unknown[] = [officialId, limit + 1];
    let resume = '';
    if (after !== undefined) {
      const bar = after.indexOf('|');
      params.push(after.slice(0, bar), after.slice(bar + 1));
      resume = `AND (${section.key} < $3::${section.keyType}
      OR (${section.key} = $3::${section.keyType} AND ${section.id} > $4))`;
    }
    // A date key is read as text: drivers hand a `date` over as a JS Date, whose String() is no cursor.
    const cursorColumn = section.keyType === 'date' ? `${section.key}::text` : section.key;
    const { rows } = await db.query<Row>(
      `SELECT ${section.columns}, ${cursorColumn} AS cursor_key, ${section.id} AS cursor_id FROM ${section.from}
     WHERE ${section.owner} = $1 ${resume}
     ORDER BY ${section.key} DESC, ${section.id} LIMIT $2`,
      params,
    );
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    const cursorKey = (row: Row) =>
      section.keyType === 'date' ? day(row['cursor_key']) : instant(row['cursor_key']);
    return {
      items: shown.map(section.item),
      next:
        rows.length > limit && last !== undefined ? `${cursorKey(last)}|${text(last['cursor_id'])}` : null,
    };
  };

const enterpriseOf = (row: Row): FlaggedEnterprise | null =>
  textOrNull(row['credit_code']) === null
    ? null
    : { creditCode: text(row['credit_code']), name: textOrNull(row['enterprise_name']) };

const PAIRINGS: Section<FlaggedPairing> = {
  from: 'service_centre_official_pairings',
  owner: 'official_id',
  key: 'start_date',
  keyType: 'date',
  id: 'pairing_id',
  columns: `pairing_id, credit_code, enterprise_name, category, start_date::text AS start_day,
    end_date::text AS end_day`,
  item: (r) => ({
    pairingId: text(r['pairing_id']),
    creditCode: text(r['credit_code']),
    enterpriseName: text(r['enterprise_name']),
    category: text(r['category']),
    startDate: day(r['start_day']),
    endDate: dayOrNull(r['end_day']),
  }),
};

const VISIT_REQUESTS: Section<FlaggedVisitRequest> = {
  from: 'service_centre_official_requests',
  owner: 'official_id',
  key: 'raised_on',
  keyType: 'date',
  id: 'request_id',
  columns: 'request_id, credit_code, enterprise_name, title, raised_on::text AS raised_day, state',
  item: (r) => ({
    requestId: text(r['request_id']),
    creditCode: text(r['credit_code']),
    enterpriseName: text(r['enterprise_name']),
    title: text(r['title']),
    raisedOn: day(r['raised_day']),
    state: text(r['state']),
  }),
};

const FILINGS: Section<Omit<FlaggedFiling, 'enterprises'> & { readonly creditCodes: readonly string[] }> = {
  from: `service_centre_official_filings a LEFT JOIN service_centre_filings f ON f.filing_id = a.filing_id`,
  owner: 'a.account_id',
  key: 'a.acted_at',
  keyType: 'timestamptz',
  id: 'a.filing_id',
  columns: `a.filing_id, a.role, f.activity_kind, f.organiser_kind, f.credit_codes, f.event_date::text AS event_day,
    f.outcome, f.report_due::text AS report_due_day, f.report, f.conduct_kept`,
  item: (r) => ({
    filingId: text(r['filing_id']),
    role: r['role'] === 'decided' ? 'decided' : 'filed',
    actedAt: instant(r['cursor_key']),
    activityKind: textOrNull(r['activity_kind']),
    organiserKind: textOrNull(r['organiser_kind']) as FlaggedFiling['organiserKind'],
    creditCodes: (r['credit_codes'] as readonly string[] | null) ?? [],
    eventDate: dayOrNull(r['event_day']),
    outcome: textOrNull(r['outcome']) as FlaggedFiling['outcome'],
    reportDue: dayOrNull(r['report_due_day']),
    report: textOrNull(r['report']) as FlaggedFiling['report'],
    conductKept: typeof r['conduct_kept'] === 'boolean' ? r['conduct_kept'] : null,
  }),
};

const APPROVALS: Section<FlaggedApproval> = {
  from: `service_centre_official_request_approvals a
    LEFT JOIN service_centre_request_enterprises e ON e.request_id = a.request_id`,
  owner: 'a.account_id',
  key: 'a.acted_at',
  keyType: 'timestamptz',
  id: 'a.approval_id',
  columns: 'a.approval_id, a.request_id, a.action, e.credit_code, e.enterprise_name, e.category',
  item: (r) => ({
    approvalId: text(r['approval_id']),
    requestId: text(r['request_id']),
    action: text(r['action']) as StaffAction,
    actedAt: instant(r['cursor_key']),
    enterprise: enterpriseOf(r),
    category: textOrNull(r['category']),
  }),
};

const HANDLED_REQUESTS: Section<FlaggedHandledRequest> = {
  from: `service_centre_official_handled_requests h
    LEFT JOIN service_centre_request_enterprises e ON e.request_id = h.request_id`,
  owner: 'h.account_id',
  key: 'h.first_acted_at',
  keyType: 'timestamptz',
  id: 'h.request_id',
  columns: 'h.request_id, h.actions, h.last_acted_at, e.credit_code, e.enterprise_name, e.category',
  item: (r) => ({
    requestId: text(r['request_id']),
    actions: r['actions'] as readonly StaffAction[],
    firstActedAt: instant(r['cursor_key']),
    lastActedAt: instant(r['last_acted_at']),
    enterprise: enterpriseOf(r),
    category: textOrNull(r['category']),
  }),
};

const filingRows = keysetPages(FILINGS);

/** A filing names enterprises by code only: their names come from the service centre's directory replica. */
const filingsPage: SectionReader<FlaggedFiling> = async (db, officialId, query) => {
  const page = await filingRows(db, officialId, query);
  const codes = [...new Set(page.items.flatMap((f) => f.creditCodes))];
  const names = new Map<string, string>();
  if (codes.length > 0) {
    const { rows } = await db.query<{ credit_code: string; name: string }>(
      'SELECT credit_code, name FROM service_centre_directory WHERE credit_code = ANY ($1)',
      [codes],
    );
    for (const row of rows) names.set(row.credit_code, row.name);
  }
  return {
    next: page.next,
    items: page.items.map(({ creditCodes, ...filing }) => ({
      ...filing,
      enterprises: creditCodes.map((creditCode) => ({ creditCode, name: names.get(creditCode) ?? null })),
    })),
  };
};

/** Every section's reader, by the name the API pages it under. */
const SECTIONS = {
  pairings: keysetPages(PAIRINGS),
  requests: keysetPages(VISIT_REQUESTS),
  filings: filingsPage,
  approvals: keysetPages(APPROVALS),
  'handled-requests': keysetPages(HANDLED_REQUESTS),
} satisfies { readonly [S in FlagSection]: SectionReader<unknown> };

export type FlaggedSections = { readonly [S in FlagSection]: Awaited<ReturnType<(typeof SECTIONS)[S]>> };

/** One page of one section of an official's flagged dealings. */
export const readFlagSection = <S extends FlagSection>(
  db: SqlExecutor,
  section: S,
  officialId: string,
  query: FlagPageQuery,
): Promise<FlaggedSections[S]> => SECTIONS[section](db, officialId, query) as Promise<FlaggedSections[S]>;
