import {
  type AppealsDecisionContext,
  type EnterpriseRequestCommand,
  enterpriseRequestDecider,
  type RequestActor,
  type SubmittedRequest,
} from '@qinqing/appeals/domain';
import { type Actor, type ActorRole, actorRole } from '@qinqing/identity/access';
import { parseCalendarDate } from '@qinqing/calendar/domain';
import { toRequestActor } from './request-actor';

/** Whoever looks at a request: a signed-in actor, or someone holding its receipt (e.g. on a phone, via the QR code). */
export type Viewer =
  | { readonly kind: 'actor'; readonly actor: Actor }
  | { readonly kind: 'receipt-holder'; readonly creditCode: string };

type ViewerRole = ActorRole | 'receipt-holder';

type Candidate = {
  readonly action: string;
  readonly roles: readonly ViewerRole[];
  readonly command: (by: RequestActor, state: SubmittedRequest) => EnterpriseRequestCommand | null;
};

const unitStaff = (by: RequestActor) => (by.kind === 'unit-staff' ? by : null);
const supervisor = (by: RequestActor) => (by.kind === 'supervisor' ? by : null);
const enterprise = (by: RequestActor) => (by.kind === 'enterprise' ? by : null);
const text = '—';
const openOrder = (state: SubmittedRequest) => state.orders.find((o) => o.open)?.orderId ?? null;

const withBy =
  <B extends RequestActor>(
    narrow: (by: RequestActor) => B | null,
    make: (by: B, state: SubmittedRequest) => EnterpriseRequestCommand | null,
  ) =>
  (by: RequestActor, state: SubmittedRequest) => {
    const narrowed = narrow(by);
    return narrowed === null ? null : make(narrowed, state);
  };

const CANDIDATES: readonly Candidate[] = [
  {
    action: 'hand-off',
    roles: ['service-staff', 'department-handler'],
    command: withBy(unitStaff, (by) => ({
      type: 'HandOffRequest',
      toDepartmentId: 'any-department',
      note: text,
      by,
    })),
  },
  {
    action: 'accept',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'AcceptRequest', by })),
  },
  {
    action: 'send-back',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'SendBackRequest', reason: text, by })),
  },
  {
    action: 'reply',
    roles: ['service-staff', 'department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'ReplyToEnterprise', message: text, by })),
  },
  {
    action: 'pause',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({
      type: 'PauseClock',
      cause: 'enterprise-documents',
      reason: text,
      by,
    })),
  },
  {
    action: 'resume',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'ResumeClock', by })),
  },
  {
    action: 'resolve',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'ResolveRequest', answer: text, by })),
  },
  {
    action: 'escalate',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({
      type: 'EscalateRequest',
      upperLevelUnit: text,
      upperLevelReference: text,
      note: text,
      by,
    })),
  },
  {
    action: 'inform',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'InformCannotHandle', reason: text, basis: text, by })),
  },
  {
    action: 'extension',
    roles: ['supervisor'],
    command: withBy(supervisor, (by) => ({ type: 'ApproveExtension', reason: text, by })),
  },
  {
    action: 'pause-extension',
    roles: ['supervisor'],
    // Offered while a pause can still be allowed one more working day within the request's cap.
    command: withBy(supervisor, (by, state) =>
      state.pause === null
        ? null
        : {
            type: 'ApprovePauseExtension',
            upToWorkingDays: (state.pause.creditUpTo ?? 0) + 1,
            reason: text,
            by,
          },
    ),
  },
  {
    action: 'rehandling',
    roles: ['supervisor'],
    command: withBy(supervisor, (by, state) => {
      const orderId = openOrder(state);
      return orderId === null ? null : { type: 'OrderRehandling', orderId, instruction: text, by };
    }),
  },
  {
    action: 'close-supervision',
    roles: ['supervisor'],
    command: withBy(supervisor, (by, state) => {
      const orderId = openOrder(state);
      return orderId === null
        ? null
        : { type: 'CloseSupervisionOrder', outcome: 'rectified', orderId, conclusion: text, by };
    }),
  },
  {
    action: 'plan-outcome',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'PlanOutcome', outcome: 'inform', note: text, by })),
  },
  {
    action: 'callback',
    roles: ['supervisor'],
    command: withBy(supervisor, (by) => ({ type: 'RecordCallback', answer: null, note: text, by })),
  },
  {
    action: 'rectification',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'ReportRectification', note: text, by })),
  },
  {
    action: 'rating-appeal',
    roles: ['department-handler'],
    command: withBy(unitStaff, (by) => ({ type: 'AppealRating', reason: text, by })),
  },
  {
    action: 'rating-appeal-decision',
    roles: ['supervisor'],
    command: withBy(supervisor, (by) => ({ type: 'DecideRatingAppeal', upheld: false, reason: text, by })),
  },
  {
    action: 'rate-exclusion',
    roles: ['supervisor'],
    command: withBy(supervisor, (by) => ({ type: 'ApproveRateExclusion', reason: text, by })),
  },
  {
    action: 'rate',
    roles: ['kiosk-enterprise', 'receipt-holder'],
    command: withBy(enterprise, (by) => ({
      type: 'RateRequest',
      rating: 'satisfied',
      comment: '',
      proof: 'kiosk-walk-in',
      by,
    })),
  },
  {
    action: 'reopen',
    roles: ['kiosk-enterprise', 'receipt-holder'],
    command: withBy(enterprise, (by) => ({
      type: 'ReopenRequest',
      reason: text,
      proof: 'kiosk-walk-in',
      by,
    })),
  },
  {
    action: 'duplicate',
    roles: ['service-staff', 'department-handler'],
    // Offered when this request may close as a duplicate of some open request of the same enterprise.
    command: withBy(unitStaff, (by, state) => ({
      type: 'MarkDuplicate',
      originalRequestId: 'another-request',
      original: {
        requestId: 'another-request',
        title: state.title,
        submittedOn: state.submittedOn,
        creditCode: state.enterprise.creditCode,
        closed: false,
        duplicateOf: null,
      },
      by,
    })),
  },
  {
    action: 'joint-meeting',
    roles: ['service-staff', 'department-handler'],
    command: withBy(unitStaff, (by, state) => ({
      type: 'GroupForJointMeeting',
      meetingId: `meeting-${state.requestId}`,
      meetingTitle: text,
      scheduledOn: parseCalendarDate(state.submittedOn),
      by,
    })),
  },
];

/**
 * What the viewer may do now, asked of the decider itself: each candidate command is decided against the
 * current state and kept when it would be accepted. The console and kiosk show exactly these buttons, and
 * the answer can never disagree with what the API would then do.
 */
export const allowedActions = (
  state: SubmittedRequest,
  viewer: Viewer,
  context: AppealsDecisionContext,
): string[] => {
  const by: RequestActor | null =
    viewer.kind === 'receipt-holder'
      ? { kind: 'enterprise', creditCode: viewer.creditCode }
      : toRequestActor(viewer.actor);
  if (by === null) return [];
  const role: ViewerRole = viewer.kind === 'receipt-holder' ? 'receipt-holder' : actorRole(viewer.actor);
  return CANDIDATES.filter((candidate) => candidate.roles.includes(role)).flatMap((candidate) => {
    const command = candidate.command(by, state);
    if (command === null) return [];
    try {
      const decision = enterpriseRequestDecider.decide(command, state, context);
      return decision.outcome === 'accepted' && decision.events.length > 0 ? [candidate.action] : [];
    } catch {
      return [];
    }
  });
};
