import {
  type DeclarationsEvent,
  declarationsStreamId,
  type EnterpriseEvent,
  enterpriseStreamId,
  type FaultToleranceReviewRecorded,
  faultReviewStreamId,
  type FilingSettingsChanged,
  filingSettingsStreamId,
  filingStreamId,
  type InteractionFilingEvent,
  LIAISON_SETTINGS_STREAM_ID,
  type LiaisonSettingsEvent,
  type NegativeListAdoptionEvent,
  negativeListAdoptionStreamId,
  type OfficialEvent,
  officialStreamId,
  PAIRING_REGISTER_STREAM_ID,
  type PairingRegisterEvent,
  type SymposiumEvent,
  type SymposiumSettingsChanged,
  symposiumSettingsStreamId,
  symposiumStreamId,
  type VisitEvent,
  visitStreamId,
} from '@qinqing/liaison/domain';
import { FieldSeal } from '@qinqing/shared/event-sourcing';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import { createLiaisonIntegrationMapper } from './liaison-integration.mapper';
import { liaisonOversightMapper } from './liaison-oversight.mapper';

const liaisonCase = {
  contextEventTypes: everyEventType<
    | EnterpriseEvent
    | SymposiumEvent
    | SymposiumSettingsChanged
    | FaultToleranceReviewRecorded
    | DeclarationsEvent
    | InteractionFilingEvent
    | FilingSettingsChanged
    | NegativeListAdoptionEvent
    | OfficialEvent
    | PairingRegisterEvent
    | LiaisonSettingsEvent
    | VisitEvent
  >({
    EnterpriseRegistered: true,
    EnterpriseDetailsCorrected: true,
    SymposiumScheduled: true,
    SymposiumAttendanceRecorded: true,
    SymposiumProblemRaised: true,
    SymposiumSettingsChanged: true,
    FaultToleranceReviewRecorded: true,
    RelationDeclared: true,
    RelationWithdrawn: true,
    RecusalRecorded: true,
    InteractionFiled: true,
    FilingApproved: true,
    FilingRefused: true,
    InteractionReported: true,
    FilingReportOverdue: true,
    FilingSettingsChanged: true,
    NegativeListVersionAdopted: true,
    OfficialRegistered: true,
    OfficialProfileChanged: true,
    PairingStarted: true,
    PairingEnded: true,
    LiaisonSettingsChanged: true,
    VisitLogged: true,
    VisitProblemRaised: true,
  }),
  streamIds: [
    enterpriseStreamId('91330203MA2H5K7P7A'),
    symposiumStreamId('symposium-1'),
    symposiumSettingsStreamId('330203'),
    faultReviewStreamId('review-1'),
    declarationsStreamId('official-1'),
    filingStreamId('filing-1'),
    filingSettingsStreamId('330203'),
    negativeListAdoptionStreamId('330203'),
    officialStreamId('official-1'),
    PAIRING_REGISTER_STREAM_ID,
    LIAISON_SETTINGS_STREAM_ID,
    visitStreamId('visit-1'),
  ],
};

describeMapperEventTypes(
  'the liaison integration mapper',
  createLiaisonIntegrationMapper(FieldSeal.fromSecrets(['a-shared-secret-of-the-tests-of-32-bytes'])),
  liaisonCase,
);
describeMapperEventTypes('the liaison oversight mapper', liaisonOversightMapper, liaisonCase);
