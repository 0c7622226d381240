import {
  CURRENT_HEALTH_INDEX_METHODOLOGY as methodology,
  halfYearOf,
  type IndicatorId,
  isRepeatRequest,
} from '@qinqing/service-centre/domain';
import { type SqlExecutor, SumsByKey } from '@qinqing/shared/event-sourcing';
import { registrationArea } from './health-index-inputs.table';

/** What the index counts of appeals' public request events, each read into one of these (dates China time). */
export type RequestFact =
  | {
      readonly kind: 'submitted';
      readonly requestId: string;
      readonly creditCode: string;
      readonly category: string;
      readonly on: string;
    }
  | {
      readonly kind: 'answered';
      readonly requestId: string;
      readonly on: string;
      readonly onTime: boolean;
      readonly resolved: boolean;
    }
  | { readonly kind: 'reopened'; readonly requestId: string; readonly on: string }
  | { readonly kind: 'rated'; readonly requestId: string; readonly on: string; readonly score: number };

export const requestSubject = (requestId: string) => `request:${requestId}`;

const lastRequestKey = (creditCode: string, category: string) => `${creditCode} ${category}`;

/** The indicators' additions of a batch, summed per half year, area and indicator (`all()`: in key order). */
class IndicatorAdditions {
  private readonly sums = new SumsByKey<
    { period: string; area: string; indicator: IndicatorId },
    'numerator' | 'base'
  >(['numerator', 'base']);

  add(on: string, area: string, indicator: IndicatorId, numerator: number, base: number): void {
    const period = halfYearOf(on);
    this.sums.add(`${period} ${area} ${indicator}`, { period, area, indicator }, { numerator, base });
  }

  /** In key order: the one statement that adds them locks the rows in that order. */
  all() {
    return this.sums.all();
  }
}

/**
 * Counts a batch of request facts, in their order, with the effect of counting them one by one: one statement
 * each reads what they need (their enterprises' areas, their requests' areas fixed at filing, each enterprise's
 * last request per category), the facts are counted in memory in order, and one statement each writes the new
 * requests' areas, the last requests and the summed additions to the indicators — a city's year of requests is
 * millions of events.
 */
export const countRequests = async (tx: SqlExecutor, facts: readonly RequestFact[]): Promise<void> => {
  if (facts.length === 0) return;
  const submitted = facts.flatMap((f) => (f.kind === 'submitted' ? [f] : []));
  const { rows: located } = await tx.query<{ credit_code: string; area_code: string }>(
    'SELECT credit_code, area_code FROM service_centre_health_enterprises WHERE credit_code = ANY ($1::text[])',
    [[...new Set(submitted.map((f) => f.creditCode))]],
  );
  const enterpriseArea = new Map(located.map((row) => [row.credit_code, row.area_code]));
  const { rows: known } = await tx.query<{ subject_id: string; area_code: string }>(
    'SELECT subject_id, area_code FROM service_centre_health_subjects WHERE subject_id = ANY ($1::text[])',
    [[...new Set(facts.map((f) => requestSubject(f.requestId)))]],
  );
  const subjectArea = new Map(known.map((row) => [row.subject_id, row.area_code]));
  const { rows: lasts } = await tx.query<{ credit_code: string; category: string; submitted_on: string }>(
    `SELECT l.credit_code, l.category, l.submitted_on FROM service_centre_health_last_requests l
     JOIN unnest($1::text[], $2::text[]) AS k(credit_code, category)
       ON l.credit_code = k.credit_code AND l.category = k.category
     ORDER BY l.credit_code, l.category FOR UPDATE OF l`,
    [submitted.map((f) => f.creditCode), submitted.map((f) => f.category)],
  );
  const lastRequestOn = new Map(
    lasts.map((r) => [lastRequestKey(r.credit_code, r.category), r.submitted_on]),
  );

  const newSubjects = new Map<string, string>();
  const changedLasts = new Map<string, { creditCode: string; category: string; on: string }>();
  const additions = new IndicatorAdditions();
  for (const fact of facts) {
    const subject = requestSubject(fact.requestId);
    if (fact.kind === 'submitted') {
      const area = enterpriseArea.get(fact.creditCode) ?? registrationArea(fact.creditCode);
      // Its area is fixed at its (first) filing.
      if (!subjectArea.has(subject)) {
        subjectArea.set(subject, area);
        newSubjects.set(subject, area);
      }
      const key = lastRequestKey(fact.creditCode, fact.category);
      const previous = lastRequestOn.get(key) ?? null;
      lastRequestOn.set(key, fact.on);
      changedLasts.set(key, { creditCode: fact.creditCode, category: fact.category, on: fact.on });
      additions.add(
        fact.on,
        area,
        'repeat-requests',
        isRepeatRequest(methodology, previous, fact.on) ? 1 : 0,
        1,
      );
      continue;
    }
    const area = subjectArea.get(subject);
    if (area === undefined) continue; // a request the index never saw filed
    if (fact.kind === 'answered') {
      additions.add(fact.on, area, 'request-timeliness', fact.onTime ? 1 : 0, 1);
      additions.add(fact.on, area, 'request-resolution', fact.resolved ? 1 : 0, 1);
      additions.add(fact.on, area, 'reopen-rate', 0, 1);
    } else if (fact.kind === 'reopened') additions.add(fact.on, area, 'reopen-rate', 1, 0);
    else additions.add(fact.on, area, 'request-satisfaction', fact.score, 1);
  }

  if (newSubjects.size > 0)
    await tx.query(
      `INSERT INTO service_centre_health_subjects (subject_id, area_code)
       SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (subject_id) DO NOTHING`,
      [[...newSubjects.keys()], [...newSubjects.values()]],
    );
  const lastRows = [...changedLasts.values()];
  if (lastRows.length > 0)
    await tx.query(
      `INSERT INTO service_centre_health_last_requests (credit_code, category, submitted_on)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (credit_code, category) DO UPDATE SET submitted_on = EXCLUDED.submitted_on`,
      [lastRows.map((r) => r.creditCode), lastRows.map((r) => r.category), lastRows.map((r) => r.on)],
    );
  const sums = additions.all();
  if (sums.length > 0)
    await tx.query(
      `INSERT INTO service_centre_health_inputs (period, area_code, indicator, numerator, base)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::double precision[])
       ON CONFLICT (period, area_code, indicator)
       DO UPDATE SET numerator = service_centre_health_inputs.numerator + EXCLUDED.numerator,
                     base = service_centre_health_inputs.base + EXCLUDED.base`,
      [
        sums.map((s) => s.period),
        sums.map((s) => s.area),
        sums.map((s) => s.indicator),
        sums.map((s) => s.numerator),
        sums.map((s) => s.base),
      ],
    );
};
