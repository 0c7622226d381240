import {
  PairingEndedV1,
  PairingStartedV1,
  type ProblemContact,
  VisitLoggedV1,
  VisitProblemRaisedV2,
} from '@qinqing/liaison/contracts';
import {
  PAIRING_REGISTER_STREAM_ID,
  type PairingRegisterEvent,
  visitIdOfStream,
  type VisitLogged,
  type VisitProblemRaised,
} from '@qinqing/liaison/domain';
import {
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/** The event types `mapOfficialsEvent` gives a public form. */
export const OFFICIALS_PUBLIC_EVENT_TYPES: readonly (
  PairingRegisterEvent | VisitLogged | VisitProblemRaised
)['type'][] = ['PairingStarted', 'PairingEnded', 'VisitLogged', 'VisitProblemRaised'];

/**
 * What the world learns of pairings and visits: that an official (by account id and unit) liaises with an
 * enterprise, that a visit took place (pairing, day, form), and each problem raised on a visit — for appeals to
 * open a request. What a visit holds (who took part, what was learned, the conduct declaration) stays in liaison; the enterprise contact a problem needs goes
 * sealed (`sealContact`). `undefined`: not an event of this part.
 */
export const mapOfficialsEvent = (
  event: RecordedEvent,
  sealContact: (contact: ProblemContact) => string,
): OutboundIntegrationEvent | null | undefined => {
  if (event.streamId === PAIRING_REGISTER_STREAM_ID) {
    const domainEvent = { type: event.type, data: event.data } as PairingRegisterEvent;
    switch (domainEvent.type) {
      case 'PairingStarted': {
        const d = domainEvent.data;
        return toOutboundIntegrationEvent(PairingStartedV1, event, {
          subject: d.enterprise.creditCode,
          data: {
            pairingId: d.pairingId,
            officialId: d.officialId,
            officialUnitId: d.officialUnitId,
            enterpriseCreditCode: d.enterprise.creditCode,
            enterpriseName: d.enterprise.name,
            category: d.category,
            startDate: d.startDate,
          },
        });
      }
      case 'PairingEnded': {
        const d = domainEvent.data;
        return toOutboundIntegrationEvent(PairingEndedV1, event, {
          subject: d.creditCode,
          data: {
            pairingId: d.pairingId,
            officialId: d.officialId,
            enterpriseCreditCode: d.creditCode,
            endDate: d.endDate,
          },
        });
      }
      default:
        return null;
    }
  }
  if (visitIdOfStream(event.streamId) !== null) {
    if (event.type === 'VisitLogged') {
      const d = event.data as VisitLogged['data'];
      return toOutboundIntegrationEvent(VisitLoggedV1, event, {
        subject: d.enterprise.creditCode,
        data: {
          visitId: d.visitId,
          pairingId: d.pairingId,
          enterpriseCreditCode: d.enterprise.creditCode,
          visitedOn: d.date,
          form: d.form,
        },
      });
    }
    if (event.type !== 'VisitProblemRaised') return null;
    const d = event.data as VisitProblemRaised['data'];
    return toOutboundIntegrationEvent(VisitProblemRaisedV2, event, {
      subject: d.enterprise.creditCode,
      data: {
        problemId: d.problemId,
        visitId: d.visitId,
        pairingId: d.pairingId,
        enterpriseCreditCode: d.enterprise.creditCode,
        enterpriseName: d.enterprise.name,
        officialUnitId: d.officialUnitId,
        title: d.title,
        description: d.description,
        raisedOn: d.raisedOn,
        sealedContact: sealContact({ name: d.contact.name, phone: d.contact.phone }),
      },
    });
  }
  return undefined;
};
