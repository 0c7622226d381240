import type { Rating } from './rating';
import type { Outcome, RequestActivity } from './request-activity';

/**
 * What the statistics remember of one request. Later public events (rated, reopened, overdue) do not name
 * the department, so the request's first receiver and current department are kept here.
 */
export interface RequestFacts {
  readonly requestId: string;
  readonly receivingUnitId: string;
  /** The department it is handed to, accepted by or answered by; null while with its first receiver. */
  readonly departmentId: string | null;
  readonly accepted: boolean;
  /** The current answer; null while open (also after a reopening or a re-handling order). */
  readonly answer: { readonly outcome: Outcome; readonly onTime: boolean } | null;
  /** At least one working-day deadline was missed (逾期). */
  readonly missedDeadline: boolean;
  readonly reopenCount: number;
  /** Rated once in a request's life (好差评). */
  readonly rating: Rating | null;
}

/**
 * One step of the fold. Total over any order of activities: an activity for a request whose submission was
 * never seen is ignored (the log and the Kafka key keep each request's events in order, so this happens only
 * if a topic lost the submission), and a second submission of the same request changes nothing.
 */
export const evolveRequestFacts = (
  facts: RequestFacts | null,
  activity: RequestActivity,
): RequestFacts | null => {
  if (activity.type === 'submitted') {
    return (
      facts ?? {
        requestId: activity.requestId,
        receivingUnitId: activity.receivingUnitId,
        departmentId: null,
        accepted: false,
        answer: null,
        missedDeadline: false,
        reopenCount: 0,
        rating: null,
      }
    );
  }
  if (facts === null) return null;
  switch (activity.type) {
    case 'handed-off':
      return { ...facts, departmentId: activity.departmentId };
    case 'accepted':
      return { ...facts, departmentId: activity.departmentId, accepted: true };
    case 'sent-back':
      return { ...facts, departmentId: null };
    case 'answered':
      return {
        ...facts,
        departmentId: activity.departmentId,
        answer: { outcome: activity.outcome, onTime: activity.onTime },
      };
    case 'deadline-missed':
      return { ...facts, missedDeadline: true };
    case 'rehandling-ordered':
      return { ...facts, answer: null };
    case 'rated':
      return { ...facts, rating: activity.rating };
    case 'reopened':
      return { ...facts, answer: null, reopenCount: Math.max(facts.reopenCount, activity.reopenCount) };
  }
};

/** Folds a sequence of activities into the facts of every request it names (submitted ones only). */
export const foldRequestFacts = (
  activities: Iterable<RequestActivity>,
  initial: ReadonlyMap<string, RequestFacts> = new Map(),
): Map<string, RequestFacts> => {
  const requests = new Map(initial);
  for (const activity of activities) {
    const next = evolveRequestFacts(requests.get(activity.requestId) ?? null, activity);
    if (next !== null) requests.set(activity.requestId, next);
  }
  return requests;
};
