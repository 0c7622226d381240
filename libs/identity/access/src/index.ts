/**
 * Identity's published face: all that another context may use of identity — who is calling (the actor
 * model), whether they may (@Allow / @Public, the deny-by-default guard), the command metadata that records
 * it, the service-side module that verifies the gateway's identity tokens, and the organisation-unit
 * catalogue identity publishes. The only identity library tagged `visibility:public`: accounts, sessions,
 * kiosk devices and the deciders behind them stay private to `libs/identity/{domain,service}`, and the lint
 * refuses another context importing those. Adding a name here is a decision about identity's public API.
 */

// Who acts: the actor model every context's commands record (identity's published language).
export {
  type Actor,
  type ActorRole,
  type KioskDeviceActor,
  type KioskEnterprise,
  type KioskEnterpriseActor,
  type KioskRole,
  type LocalizedName,
  type Role,
  type StaffActor,
  type StaffRole,
  type SystemActor,
  actorCentreId,
  actorId,
  actorReference,
  actorRole,
  identifiedEnterprise,
  isReferenceId,
  isRole,
  isStaffActor,
  isStaffRole,
  KIOSK_ROLES,
  REFERENCE_ID_PATTERN,
  ROLE_LABELS,
  ROLES,
  STAFF_ROLES,
  systemActor,
} from '@qinqing/identity/domain';

// Whether they may: declarations on every controller, and what a handler reads from the request.
export {
  type AccessDeclaration,
  type ActorResolution,
  Allow,
  clientAddressOf,
  commandMetadataFor,
  CurrentActor,
  identityOf,
  Public,
  Untraced,
  RequestCommandMetadata,
  requireIdentifiedEnterprise,
  requireStaffActor,
} from '@qinqing/identity/service';

// A context service behind the gateway: identity from signed tokens, the organisation-unit catalogue replicated.
export {
  findOrganisationUnits,
  listOrganisationUnits,
  ORGANISATION_UNITS_PROJECTION,
  IdentityServiceModule,
  type WalkInProofClaims,
  WalkInProofSigner,
  type IdentityServiceOptions,
  type OrganisationUnitRow,
} from '@qinqing/identity/service';
