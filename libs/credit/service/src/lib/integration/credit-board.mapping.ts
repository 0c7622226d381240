import { BoardPublishedV1, CleanEnterpriseEvaluatedV1, PledgeSignedV1 } from '@qinqing/credit/contracts';
import {
  boardIdOfStream,
  type BoardEvent,
  type CleanEnterpriseEvent,
  isCleanEnterpriseStream,
  pledgeIdOfStream,
  type PledgeEvent,
} from '@qinqing/credit/domain';
import {
  type OutboundIntegrationEvent,
  type RecordedEvent,
  toOutboundIntegrationEvent,
} from '@qinqing/shared/event-sourcing';

/**
 * The public face of boards, pledges and 清廉企业 evaluations (used by the credit integration mapper, the one
 * place the context decides what leaves it): a board only once approved, whole; a pledge without the
 * signatory's name; an evaluation's result. Drafts, who drafted or approved, and the walk-in session stay inside.
 */
export const mapBoardPledgeOrEvaluation = (event: RecordedEvent): OutboundIntegrationEvent | null => {
  const boardId = boardIdOfStream(event.streamId);
  if (boardId !== null) {
    const domainEvent = { type: event.type, data: event.data } as BoardEvent;
    if (domainEvent.type !== 'BoardApproved') return null;
    const { data } = domainEvent;
    return toOutboundIntegrationEvent(BoardPublishedV1, event, {
      subject: boardId,
      data: {
        boardId: data.boardId,
        period: data.period,
        firstDay: data.firstDay,
        lastDay: data.lastDay,
        asOf: data.asOf,
        approvedOn: data.approvedOn,
        red: [...data.red],
        black: [...data.black],
      },
    });
  }
  if (pledgeIdOfStream(event.streamId) !== null) {
    const domainEvent = { type: event.type, data: event.data } as PledgeEvent;
    if (domainEvent.type !== 'PledgeSigned') return null;
    const { data } = domainEvent;
    return toOutboundIntegrationEvent(PledgeSignedV1, event, {
      subject: data.creditCode,
      data: {
        pledgeId: data.pledgeId,
        creditCode: data.creditCode,
        signedOn: data.signedOn,
        textVersion: data.textVersion,
        signatoryPosition: data.signatoryPosition,
      },
    });
  }
  if (isCleanEnterpriseStream(event.streamId)) {
    const domainEvent = { type: event.type, data: event.data } as CleanEnterpriseEvent;
    if (domainEvent.type !== 'CleanEnterpriseEvaluated') return null;
    const { data } = domainEvent;
    return toOutboundIntegrationEvent(CleanEnterpriseEvaluatedV1, event, {
      subject: data.creditCode,
      data: {
        evaluationId: data.evaluationId,
        creditCode: data.creditCode,
        enterpriseName: data.enterpriseName,
        year: data.year,
        passed: data.passed,
        items: data.items.map((item) => ({ ...item })),
        replaces: data.replaces,
        evaluatedOn: data.evaluatedOn,
      },
    });
  }
  return null;
};
