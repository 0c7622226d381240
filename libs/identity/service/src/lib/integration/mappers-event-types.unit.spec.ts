import {
  type KioskDeviceEvent,
  kioskDeviceStreamId,
  type OrganisationUnitEvent,
  organisationUnitStreamId,
  type StaffAccountEvent,
  staffAccountStreamId,
} from '@qinqing/identity/domain';
import { describeMapperEventTypes, everyEventType } from '@qinqing/shared/testing';
import { identityIntegrationMapper } from './identity-integration.mapper';

describeMapperEventTypes('the identity integration mapper', identityIntegrationMapper, {
  contextEventTypes: everyEventType<OrganisationUnitEvent | StaffAccountEvent | KioskDeviceEvent>({
    OrganisationUnitCreated: true,
    OrganisationUnitRenamed: true,
    OrganisationUnitHotlineSet: true,
    StaffAccountRegistered: true,
    StaffAccountDisabled: true,
    StaffAccountLocked: true,
    StaffAccountUnlocked: true,
    StaffLoginFailed: true,
    StaffLoginSucceeded: true,
    StaffPasswordChanged: true,
    KioskDeviceRegistered: true,
    KioskDeviceRevoked: true,
  }),
  streamIds: [
    organisationUnitStreamId('unit-1'),
    staffAccountStreamId('staff.wang'),
    kioskDeviceStreamId('kiosk-1'),
  ],
});
