import {
  APPEALS_TOPIC,
  RequestAcceptedV1,
  RequestEscalatedV1,
  RequestHandedOffV1,
  RequestInformedV1,
  RequestOverdueV1,
  RequestPausedV1,
  RequestRatedV1,
  RequestReopenedV1,
  RequestResolvedV1,
  RequestSentBackV1,
  RequestSubmittedV1,
  RequestSupervisedV1,
} from '@qinqing/appeals/contracts';
import type { RequestActivity } from '@qinqing/service-centre/domain';
import {
  type CloudEvent,
  type IntegrationEventDefinition,
  toCloudEvent,
} from '@qinqing/shared/contracts-kit';
import { type IntegrationEventMapper, type NewEvent, UuidV7Generator } from '@qinqing/shared/event-sourcing';
import type { z } from 'zod';

const AT = '2026-06-01T10:00:00+08:00';
const ON = '2026-06-01';

/** A public appeals event as the appeals context would publish it (valid against its contract). */
export const appealsCloudEvent = <Schema extends z.ZodType>(
  definition: IntegrationEventDefinition<string, Schema>,
  id: string,
  data: z.input<Schema> & { requestId: string },
): CloudEvent => toCloudEvent(definition, { id, subject: data.requestId, time: AT, data });

/** The public event that carries an activity (the inverse of the consumer's reading), with filler fields. */
export const publicEventFor = (activity: RequestActivity, id: string): CloudEvent => {
  const { requestId } = activity;
  switch (activity.type) {
    case 'submitted':
      return appealsCloudEvent(RequestSubmittedV1, id, {
        requestId,
        enterpriseCreditCode: '91330203MA2CX0000X',
        enterpriseName: '宁波测试企业有限公司',
        category: 'market-order',
        channel: 'kiosk',
        receivingUnitId: activity.receivingUnitId,
        submittedAt: AT,
        resolveDue: '2026-06-23',
      });
    case 'handed-off':
      return appealsCloudEvent(RequestHandedOffV1, id, {
        requestId,
        fromUnitId: 'centre-haishu',
        toDepartmentId: activity.departmentId,
        handedOffOn: ON,
      });
    case 'accepted':
      return appealsCloudEvent(RequestAcceptedV1, id, {
        requestId,
        departmentId: activity.departmentId,
        acceptedAt: AT,
      });
    case 'sent-back':
      return appealsCloudEvent(RequestSentBackV1, id, {
        requestId,
        departmentId: activity.departmentId,
        reason: '不属本部门职责',
        sentBackOn: ON,
      });
    case 'answered': {
      const { departmentId, onTime } = activity;
      if (activity.outcome === 'resolved')
        return appealsCloudEvent(RequestResolvedV1, id, { requestId, departmentId, onTime, resolvedAt: AT });
      if (activity.outcome === 'informed')
        return appealsCloudEvent(RequestInformedV1, id, { requestId, departmentId, onTime, informedAt: AT });
      return appealsCloudEvent(RequestEscalatedV1, id, {
        requestId,
        departmentId,
        onTime,
        escalatedAt: AT,
        upperLevelUnit: '宁波市市场监督管理局',
        upperLevelReference: '甬市监〔2026〕12号',
      });
    }
    case 'deadline-missed':
      return appealsCloudEvent(RequestOverdueV1, id, { requestId, clock: 'accept', due: ON, detectedOn: ON });
    case 'rehandling-ordered':
      return appealsCloudEvent(RequestSupervisedV1, id, {
        requestId,
        orderId: `${requestId}-order`,
        action: 'rehandling-ordered',
      });
    case 'rated':
      return appealsCloudEvent(RequestRatedV1, id, { requestId, rating: activity.rating, ratedOn: ON });
    case 'reopened':
      return appealsCloudEvent(RequestReopenedV1, id, {
        requestId,
        reopenedOn: ON,
        reopenCount: activity.reopenCount,
      });
  }
};

/** Public events that change no figure: the consumer must read and ignore them. */
export const noiseEventFor = (requestId: string, id: string, which: number): CloudEvent =>
  which % 2 === 0
    ? appealsCloudEvent(RequestPausedV1, id, { requestId, pausedOn: ON })
    : appealsCloudEvent(RequestSupervisedV1, id, { requestId, orderId: `${requestId}-o`, action: 'issued' });

/**
 * Stands in for the appeals context's log and mapper: a stored `PublishedCloudEvent` on a `wire-…` stream is
 * published as the CloudEvent it carries. Storing the same CloudEvent twice is a relay resending it.
 */
export const WIRE_EVENT_TYPE = 'PublishedCloudEvent';
export const wireStream = (requestId: string): string => `wire-${requestId}`;

export const wireMapper: IntegrationEventMapper = {
  context: 'wire',
  map: (event) => {
    if (!event.streamId.startsWith('wire-') || event.type !== WIRE_EVENT_TYPE) return null;
    const cloudEvent = (event.data as { cloudEvent: CloudEvent }).cloudEvent;
    return { topic: APPEALS_TOPIC, key: cloudEvent.subject, cloudEvent };
  },
};

const ids = new UuidV7Generator();

export const wireEvent = (cloudEvent: CloudEvent): NewEvent => ({
  eventId: ids.next(),
  type: WIRE_EVENT_TYPE,
  schemaVersion: 1,
  data: { cloudEvent },
  metadata: {
    correlationId: 'service-centre-test',
    causationId: null,
    actorId: 'test',
    actorRole: 'system',
    occurredAt: new Date().toISOString(),
  },
});
