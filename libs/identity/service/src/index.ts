// Module and configuration
export * from './lib/identity.module';
export * from './lib/identity-service.module';
export * from './lib/identity.options';
export * from './lib/identity.env';
export * from './lib/identity.tokens';

// Access control, for every context's controllers
export * from './lib/access/access.decorators';
export * from './lib/access/current-actor.decorator';
export * from './lib/access/actor-requirements';
export { identityOf } from './lib/access/request-identity';
export { clientAddressOf } from './lib/access/client-address';
export { originAllowed } from './lib/access/same-origin';

// Who a request acts for: embedded sessions, or signed tokens behind the gateway (distributed mode)
export * from './lib/resolution/actor-resolver';
export * from './lib/resolution/session-actor.resolver';
export * from './lib/resolution/signed-token-actor.resolver';
export * from './lib/identity-token/identity-token';
export * from './lib/identity-token/actor.schema';

// Sessions and credentials (for the gateway and tests)
export { SESSION_COOKIES } from './lib/sessions/session-cookies';
export {
  SessionStore,
  type ActiveSession,
  type SessionKind,
  type SessionLookup,
} from './lib/sessions/session.store';
export { PasswordHasher } from './lib/credentials/password-hasher';

// Read models other contexts may query
export {
  ORGANISATION_UNITS_PROJECTION,
  type OrganisationUnitRow,
  listOrganisationUnits,
  findOrganisationUnits,
} from './lib/projections/organisation-units/organisation-units.projection';
export { STAFF_ACCOUNTS_PROJECTION } from './lib/projections/staff-accounts/staff-accounts.projection';
export { KIOSK_DEVICES_PROJECTION } from './lib/projections/kiosk-devices/kiosk-devices.projection';
export { OrganisationUnitLookup } from './lib/organisation-unit-lookup';

// Demo data (ids other contexts' demo data refer to)
export * from './lib/demo-data/identity-demo-data';

// Public events (the organisation-unit catalogue other services keep a copy of)
export * from './lib/integration/identity-events';
export { identityIntegrationMapper } from './lib/integration/identity-integration.mapper';
export { organisationUnitsReplica } from './lib/integration/organisation-units.replica';

// Walk-in proofs: liaison signs one when the code sent to the enterprise's phone came back; identity verifies it
export {
  type WalkInProofClaims,
  WalkInProofSigner,
  WalkInProofVerifier,
  walkInProofSecretsOf,
  walkInProofSigningSecretOf,
} from './lib/walk-in-proof/walk-in-proof';
