import {
  RequestAcceptedV1,
  RequestEscalatedV1,
  RequestHandedOffV1,
  RequestInformedV1,
  RequestOverdueV1,
  RequestPausedV1,
  RequestRatedV1,
  RequestReopenedV1,
  RequestResolvedV1,
  RequestResolveDueProvisionalV1,
  RequestResolveDueRederivedV1,
  RequestResumedV1,
  RequestSentBackV1,
  RequestStaffActedV1,
  RequestSubmittedV1,
  RequestSupervisedV1,
} from '@qinqing/appeals/contracts';
import { type CloudEvent, parseCloudEvent } from '@qinqing/shared/contracts-kit';
import type { RequestActivity } from '@qinqing/service-centre/domain';

/**
 * Reads one public appeals event into what the request statistics need. Every known type is validated
 * against its contract (invalid data throws `InvalidCloudEventError`: the bus retries, then dead-letters);
 * types this consumer does not know (a later version, another context) are not its business: null.
 */
export const activityOf = (event: CloudEvent): RequestActivity | null => {
  switch (event.type) {
    case RequestSubmittedV1.type: {
      const { data } = parseCloudEvent(RequestSubmittedV1, event);
      return { type: 'submitted', requestId: data.requestId, receivingUnitId: data.receivingUnitId };
    }
    case RequestHandedOffV1.type: {
      const { data } = parseCloudEvent(RequestHandedOffV1, event);
      return { type: 'handed-off', requestId: data.requestId, departmentId: data.toDepartmentId };
    }
    case RequestAcceptedV1.type: {
      const { data } = parseCloudEvent(RequestAcceptedV1, event);
      return { type: 'accepted', requestId: data.requestId, departmentId: data.departmentId };
    }
    case RequestSentBackV1.type: {
      const { data } = parseCloudEvent(RequestSentBackV1, event);
      return { type: 'sent-back', requestId: data.requestId, departmentId: data.departmentId };
    }
    case RequestResolvedV1.type: {
      const { data } = parseCloudEvent(RequestResolvedV1, event);
      const { requestId, departmentId, onTime } = data;
      return { type: 'answered', requestId, departmentId, outcome: 'resolved', onTime };
    }
    case RequestEscalatedV1.type: {
      const { data } = parseCloudEvent(RequestEscalatedV1, event);
      const { requestId, departmentId, onTime } = data;
      return { type: 'answered', requestId, departmentId, outcome: 'escalated', onTime };
    }
    case RequestInformedV1.type: {
      const { data } = parseCloudEvent(RequestInformedV1, event);
      const { requestId, departmentId, onTime } = data;
      return { type: 'answered', requestId, departmentId, outcome: 'informed', onTime };
    }
    case RequestOverdueV1.type: {
      const { data } = parseCloudEvent(RequestOverdueV1, event);
      return { type: 'deadline-missed', requestId: data.requestId };
    }
    case RequestSupervisedV1.type: {
      const { data } = parseCloudEvent(RequestSupervisedV1, event);
      return data.action === 'rehandling-ordered'
        ? { type: 'rehandling-ordered', requestId: data.requestId }
        : null;
    }
    case RequestRatedV1.type: {
      const { data } = parseCloudEvent(RequestRatedV1, event);
      return { type: 'rated', requestId: data.requestId, rating: data.rating };
    }
    case RequestReopenedV1.type: {
      const { data } = parseCloudEvent(RequestReopenedV1, event);
      return { type: 'reopened', requestId: data.requestId, reopenCount: data.reopenCount };
    }
    case RequestPausedV1.type:
      parseCloudEvent(RequestPausedV1, event);
      return null;
    case RequestResumedV1.type:
      parseCloudEvent(RequestResumedV1, event);
      return null;
    // The statistics count requests and answers, not due dates: a provisional or re-derived resolve date changes
    // no figure (on time is decided by the appeals context and published with the answer).
    case RequestResolveDueProvisionalV1.type:
      parseCloudEvent(RequestResolveDueProvisionalV1, event);
      return null;
    case RequestResolveDueRederivedV1.type:
      parseCloudEvent(RequestResolveDueRederivedV1, event);
      return null;
    // Who acted is for the discipline desk; the statistics are per unit, never per person.
    case RequestStaffActedV1.type:
      parseCloudEvent(RequestStaffActedV1, event);
      return null;
    default:
      return null;
  }
};
