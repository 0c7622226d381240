import {
  type BoardEvent,
  boardStreamId,
  type CleanEnterpriseEvent,
  cleanEnterpriseStreamId,
  documentNumberKey,
  type IntegrityRecordEvent,
  integrityRecordStreamId,
  type ObjectionEvent,
  objectionStreamId,
  type PledgeEvent,
  pledgeStreamId,
  type RepairApplicationEvent,
  repairStreamId,
  type RestrictionEvent,
  restrictionStreamId,
} from '@qinqing/credit/domain';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import { creditIntegrationMapper } from './credit-integration.mapper';

const KEY = documentNumberKey('昆市监罚〔2026〕12号');

describeMapperEventTypes('the credit integration mapper', creditIntegrationMapper, {
  contextEventTypes: everyEventType<
    | BoardEvent
    | CleanEnterpriseEvent
    | RestrictionEvent
    | IntegrityRecordEvent
    | RepairApplicationEvent
    | ObjectionEvent
    | PledgeEvent
  >({
    BoardDrafted: true,
    BoardApproved: true,
    CleanEnterpriseEvaluated: true,
    RestrictionImposed: true,
    RestrictionLifted: true,
    IntegrityRecorded: true,
    RecordCorrected: true,
    PublicationEnded: true,
    RecordWithdrawn: true,
    RecordRepaired: true,
    RepairApplied: true,
    RepairDecided: true,
    ObjectionFiled: true,
    ObjectionDecided: true,
    ObjectionRetracted: true,
    PledgeSigned: true,
  }),
  streamIds: [
    boardStreamId('board-1'),
    cleanEnterpriseStreamId('91330203MA2H5K7P7A', 2026),
    restrictionStreamId(KEY),
    integrityRecordStreamId(KEY),
    repairStreamId(KEY),
    objectionStreamId('objection-1'),
    pledgeStreamId('pledge-1'),
  ],
});
