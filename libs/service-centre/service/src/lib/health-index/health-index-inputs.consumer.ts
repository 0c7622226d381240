import { Inject, type OnModuleInit } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  RequestEscalatedV1,
  RequestInformedV1,
  RequestRatedV1,
  RequestReopenedV1,
  RequestResolvedV1,
  RequestSubmittedV1,
} from '@qinqing/appeals/contracts';
import { chinaDateOf } from '@qinqing/calendar/domain';
import { BoardPublishedV1 } from '@qinqing/credit/contracts';
import {
  ConflictDeclaredV1,
  EnterpriseDetailsCorrectedV1,
  type EnterpriseDirectoryEvent,
  EnterpriseRegisteredV1,
  InteractionFilingFiledV1,
  InteractionFilingReportedV1,
  InteractionFilingReportOverdueV1,
  PairingEndedV1,
  PairingStartedV1,
  RecusalRecordedV1,
  VisitLoggedV1,
} from '@qinqing/liaison/contracts';
import {
  CURRENT_HEALTH_INDEX_METHODOLOGY as methodology,
  isBoardOnTime,
  RATING_SCORES,
  type Rating,
} from '@qinqing/service-centre/domain';
import {
  CentreEventHeldV1,
  MisconductReportConcludedV1,
  PolicyPublishedV1,
  VisitCompletedV1,
} from '@qinqing/service-centre/contracts';
import type { CloudEvent, IntegrationEventData, IntegrationEventOf } from '@qinqing/shared/contracts-kit';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  IntegrationEventBatchContext,
  IntegrationEventBatchPattern,
  IntegrationEventContext,
  IntegrationEventPattern,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { areaOfCentre } from './centre-areas.projection';
import {
  addToIndicator,
  areaOfEnterprise,
  areaOfSubject,
  CITY_WIDE,
  locateEnterprises,
  pairingEnded,
  pairingStarted,
  pairingVisited,
  rememberSubjectArea,
  setupHealthIndexInputs,
} from './health-index-inputs.table';
import { repairHealthIndexInputs } from './health-index-repairs';
import { countRequests, type RequestFact } from './health-index-requests';

export const HEALTH_INDEX_INPUTS_CONSUMER = 'service-centre.health-index-inputs';

type Data<Definition> = CloudEvent<IntegrationEventData<Definition>>;

const dayOf = (instant: string): string => chinaDateOf(new Date(instant));
/** The index is per county: a town or street code (9 digits) counts under its county's first six. */
const countyOf = (areaCode: string): string => areaCode.slice(0, 6);
const filingSubject = (filingId: string) => `filing:${filingId}`;

type RequestEvent = IntegrationEventOf<
  | typeof RequestSubmittedV1
  | typeof RequestResolvedV1
  | typeof RequestEscalatedV1
  | typeof RequestInformedV1
  | typeof RequestReopenedV1
  | typeof RequestRatedV1
>;

/** What the index counts of a request event. */
const requestFactOf = (event: RequestEvent): RequestFact => {
  switch (event.type) {
    case RequestSubmittedV1.type: {
      const { requestId, enterpriseCreditCode, category, submittedAt } = event.data;
      return {
        kind: 'submitted',
        requestId,
        creditCode: enterpriseCreditCode,
        category,
        on: dayOf(submittedAt),
      };
    }
    case RequestResolvedV1.type: {
      const { requestId, onTime, resolvedAt } = event.data;
      return { kind: 'answered', requestId, on: dayOf(resolvedAt), onTime, resolved: true };
    }
    case RequestEscalatedV1.type: {
      const { requestId, onTime, escalatedAt } = event.data;
      return { kind: 'answered', requestId, on: dayOf(escalatedAt), onTime, resolved: false };
    }
    case RequestInformedV1.type: {
      const { requestId, onTime, informedAt } = event.data;
      return { kind: 'answered', requestId, on: dayOf(informedAt), onTime, resolved: false };
    }
    case RequestReopenedV1.type:
      return { kind: 'reopened', requestId: event.data.requestId, on: event.data.reopenedOn };
    case RequestRatedV1.type: {
      const { requestId, ratedOn, rating } = event.data;
      return { kind: 'rated', requestId, on: ratedOn, score: RATING_SCORES[rating as Rating] };
    }
  }
};
const overdueSubject = (filingId: string) => `filing-overdue:${filingId}`;

/**
 * The 亲清健康指数's counts from other contexts' public events only (docs/health-index.md lists each indicator's
 * events): the directory's areas, pairings and their visits, requests (timeliness, resolution, satisfaction, repeats, reopenings),
 * interaction filings, conflicts and recusals, and the red/black board. Each event adds to its half year's
 * counters in the inbox's transaction, so a redelivery changes nothing and a rebuild counts the same.
 */
@EventConsumer(HEALTH_INDEX_INPUTS_CONSUMER)
export class HealthIndexInputsConsumer implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  async onModuleInit(): Promise<void> {
    await setupHealthIndexInputs(this.db);
    await repairHealthIndexInputs(this.db);
  }

  /** The directory's registrations and moves, a batch at a time (a city's directory is a million enterprises). */
  @IntegrationEventBatchPattern(EnterpriseRegisteredV1, EnterpriseDetailsCorrectedV1)
  async located(
    @Payload() events: readonly EnterpriseDirectoryEvent[],
    @Ctx() context: IntegrationEventBatchContext,
  ) {
    await locateEnterprises(
      context.getTransaction(),
      events.flatMap(({ type, data }) => {
        const areaCode = type === EnterpriseRegisteredV1.type ? data.areaCode : data.changes.areaCode;
        return areaCode === undefined ? [] : [{ creditCode: data.creditCode, areaCode: countyOf(areaCode) }];
      }),
    );
  }

  @IntegrationEventPattern(PairingStartedV1)
  async paired(@Payload() event: Data<typeof PairingStartedV1>, @Ctx() context: IntegrationEventContext) {
    const tx = context.getTransaction();
    const { pairingId, enterpriseCreditCode, startDate } = event.data;
    await pairingStarted(tx, pairingId, await areaOfEnterprise(tx, enterpriseCreditCode), startDate);
  }

  @IntegrationEventPattern(PairingEndedV1)
  async unpaired(@Payload() event: Data<typeof PairingEndedV1>, @Ctx() context: IntegrationEventContext) {
    await pairingEnded(context.getTransaction(), event.data.pairingId, event.data.endDate);
  }

  @IntegrationEventPattern(VisitLoggedV1)
  async visited(@Payload() event: Data<typeof VisitLoggedV1>, @Ctx() context: IntegrationEventContext) {
    await pairingVisited(context.getTransaction(), event.data.pairingId, event.data.visitedOn);
  }

  /** Appeals' requests, a batch at a time: a city's year of requests is millions of events. */
  @IntegrationEventBatchPattern(
    RequestSubmittedV1,
    RequestResolvedV1,
    RequestEscalatedV1,
    RequestInformedV1,
    RequestReopenedV1,
    RequestRatedV1,
  )
  async requests(@Payload() events: readonly RequestEvent[], @Ctx() context: IntegrationEventBatchContext) {
    await countRequests(context.getTransaction(), events.map(requestFactOf));
  }

  @IntegrationEventPattern(InteractionFilingFiledV1)
  async filed(
    @Payload() event: Data<typeof InteractionFilingFiledV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    // A filing counts under its (first) enterprise's area; one organised by a chamber alone has none.
    const [creditCode] = event.data.enterpriseCreditCodes;
    if (creditCode === undefined) return;
    const tx = context.getTransaction();
    await rememberSubjectArea(tx, filingSubject(event.data.filingId), await areaOfEnterprise(tx, creditCode));
  }

  @IntegrationEventPattern(InteractionFilingReportOverdueV1)
  async reportOverdue(
    @Payload() event: Data<typeof InteractionFilingReportOverdueV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    const tx = context.getTransaction();
    const area = await areaOfSubject(tx, filingSubject(event.data.filingId));
    if (area === null) return;
    await rememberSubjectArea(tx, overdueSubject(event.data.filingId), area);
    await addToIndicator(tx, event.data.reportDue, area, 'filing-compliance', 0, 1);
  }

  @IntegrationEventPattern(InteractionFilingReportedV1)
  async reported(
    @Payload() event: Data<typeof InteractionFilingReportedV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    const tx = context.getTransaction();
    const { filingId, late, reportedAt } = event.data;
    const area = await areaOfSubject(tx, filingSubject(filingId));
    if (area === null) return;
    // A late report whose lateness was already counted when it fell overdue is not counted twice.
    if (late && (await areaOfSubject(tx, overdueSubject(filingId))) !== null) return;
    await addToIndicator(tx, dayOf(reportedAt), area, 'filing-compliance', late ? 0 : 1, 1);
  }

  @IntegrationEventPattern(ConflictDeclaredV1)
  async conflictDeclared(
    @Payload() event: Data<typeof ConflictDeclaredV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    const tx = context.getTransaction();
    const on = dayOf(event.data.declaredAt);
    for (const creditCode of event.data.creditCodes) {
      await addToIndicator(tx, on, await areaOfEnterprise(tx, creditCode), 'recusal-rate', 0, 1);
    }
  }

  @IntegrationEventPattern(RecusalRecordedV1)
  async recusal(@Payload() event: Data<typeof RecusalRecordedV1>, @Ctx() context: IntegrationEventContext) {
    const tx = context.getTransaction();
    const area = await areaOfEnterprise(tx, event.data.creditCode);
    await addToIndicator(tx, dayOf(event.data.recordedAt), area, 'recusal-rate', 1, 0);
  }

  @IntegrationEventPattern(VisitCompletedV1)
  async visitCompleted(
    @Payload() event: Data<typeof VisitCompletedV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    // The centre's own queue: its mean wait, in minutes, under the county the centre serves (once set).
    const tx = context.getTransaction();
    const area = await areaOfCentre(tx, event.data.centreId);
    if (area !== null)
      await addToIndicator(tx, event.data.day, area, 'queue-waiting', event.data.waitedSeconds / 60, 1);
  }

  @IntegrationEventPattern(CentreEventHeldV1)
  async centreEventHeld(
    @Payload() event: Data<typeof CentreEventHeldV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    // Symposia (政企恳谈会) the area's centres held (a count; areas with a centre are scored on it).
    if (event.data.kind !== 'symposium') return;
    const on = dayOf(event.data.startsAt);
    await addToIndicator(context.getTransaction(), on, countyOf(event.data.areaCode), 'symposia-held', 1, 0);
  }

  @IntegrationEventPattern(MisconductReportConcludedV1)
  async reportConcluded(
    @Payload() event: Data<typeof MisconductReportConcludedV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    // Substantiated (wholly or partly) reports; the base is the area's enterprises, taken at publication.
    const { outcome, areaCode, concludedOn } = event.data;
    const substantiated = outcome === 'substantiated' || outcome === 'partly-substantiated';
    if (substantiated)
      await addToIndicator(
        context.getTransaction(),
        concludedOn,
        countyOf(areaCode),
        'substantiated-reports',
        1,
        0,
      );
  }

  @IntegrationEventPattern(PolicyPublishedV1)
  async policyPublished(
    @Payload() event: Data<typeof PolicyPublishedV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    // City-wide: a policy pushed to whom its criteria name (each match with its reasons), not to everyone.
    const { industries, sizes, areas, tags } = event.data.criteria;
    const targeted = industries.length + sizes.length + areas.length + tags.length > 0;
    await addToIndicator(
      context.getTransaction(),
      event.data.publishedOn,
      CITY_WIDE,
      'policies-explained',
      targeted ? 1 : 0,
      1,
    );
  }

  @IntegrationEventPattern(BoardPublishedV1)
  async boardPublished(
    @Payload() event: Data<typeof BoardPublishedV1>,
    @Ctx() context: IntegrationEventContext,
  ) {
    const { lastDay, approvedOn } = event.data;
    const onTime = isBoardOnTime(methodology, lastDay, approvedOn);
    await addToIndicator(
      context.getTransaction(),
      approvedOn,
      CITY_WIDE,
      'boards-on-time',
      onTime ? 1 : 0,
      1,
    );
  }
}
