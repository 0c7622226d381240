import { type DynamicModule, Global, Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { staffAccountDecider } from '@qinqing/identity/domain';
import { CLOCK, ContextRegistry, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { AccessDeclarationAudit } from './access/access-declaration.audit';
import { AccessGuard } from './access/access.guard';
import { normaliseOrigin } from './access/same-origin';
import { ChangeOwnPasswordController } from './commands/change-own-password/change-own-password.controller';
import { ChangeOwnPasswordHandler } from './commands/change-own-password/change-own-password.handler';
import { CreateOrganisationUnitController } from './commands/create-organisation-unit/create-organisation-unit.controller';
import { CreateOrganisationUnitHandler } from './commands/create-organisation-unit/create-organisation-unit.handler';
import { CreateStaffAccountController } from './commands/create-staff-account/create-staff-account.controller';
import { CreateStaffAccountHandler } from './commands/create-staff-account/create-staff-account.handler';
import { DisableStaffAccountController } from './commands/disable-staff-account/disable-staff-account.controller';
import { EndWalkInSessionController } from './commands/end-walk-in-session/end-walk-in-session.controller';
import { IdentifyWalkInEnterpriseController } from './commands/identify-walk-in-enterprise/identify-walk-in-enterprise.controller';
import { LogInController } from './commands/log-in/log-in.controller';
import { LogInHandler } from './commands/log-in/log-in.handler';
import { LogOutController } from './commands/log-out/log-out.controller';
import { OpenDeviceSessionController } from './commands/open-device-session/open-device-session.controller';
import { OpenDeviceSessionHandler } from './commands/open-device-session/open-device-session.handler';
import { RegisterKioskDeviceController } from './commands/register-kiosk-device/register-kiosk-device.controller';
import { RegisterKioskDeviceHandler } from './commands/register-kiosk-device/register-kiosk-device.handler';
import { ResetStaffPasswordController } from './commands/reset-staff-password/reset-staff-password.controller';
import { RevokeKioskDeviceController } from './commands/revoke-kiosk-device/revoke-kiosk-device.controller';
import { StaffAccountCommands } from './commands/staff-account-command';
import { StartWalkInSessionController } from './commands/start-walk-in-session/start-walk-in-session.controller';
import { UnlockStaffAccountController } from './commands/unlock-staff-account/unlock-staff-account.controller';
import { PasswordHasher } from './credentials/password-hasher';
import { IdentityDemoDataModule } from './demo-data/identity-demo-data.module';
import { DEFAULT_IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { ACTOR_RESOLVER, IDENTITY_OPTIONS, STAFF_ACCOUNT_DECIDER } from './identity.tokens';
import { identityIntegrationMapper } from './integration/identity-integration.mapper';
import { OrganisationUnitLookup } from './organisation-unit-lookup';
import { kioskDevicesProjection } from './projections/kiosk-devices/kiosk-devices.projection';
import { organisationUnitsProjection } from './projections/organisation-units/organisation-units.projection';
import { staffAccountsProjection } from './projections/staff-accounts/staff-accounts.projection';
import { ListKioskDevicesController } from './queries/list-kiosk-devices/list-kiosk-devices.controller';
import { ListOrganisationUnitsController } from './queries/list-organisation-units/list-organisation-units.controller';
import { ListStaffAccountsController } from './queries/list-staff-accounts/list-staff-accounts.controller';
import { WhoAmIController } from './queries/who-am-i/who-am-i.controller';
import { ReadModelCatchUp } from './read-model-catch-up';
import { SessionActorResolver } from './resolution/session-actor.resolver';
import { SessionStore } from './sessions/session.store';
import { CredentialThrottles } from './throttling/credential-throttles';
import { IdentificationBudget } from './throttling/identification-budget';
import { WalkInProofSigner, walkInProofSecretsOf, WalkInProofVerifier } from './walk-in-proof/walk-in-proof';

const positive = (value: number, name: string): void => {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`Identity option ${name} must be a positive integer`);
};

const validated = (options: IdentityOptions): IdentityOptions => {
  positive(options.staffSession.idleMinutes, 'staffSession.idleMinutes');
  positive(options.staffSession.absoluteHours, 'staffSession.absoluteHours');
  positive(options.kiosk.walkInIdleMinutes, 'kiosk.walkInIdleMinutes');
  positive(options.kiosk.walkInAbsoluteMinutes, 'kiosk.walkInAbsoluteMinutes');
  positive(options.kiosk.deviceSessionDays, 'kiosk.deviceSessionDays');
  for (const [name, throttle] of [
    ['loginThrottle', options.loginThrottle],
    ['deviceCredentialThrottle', options.deviceCredentialThrottle],
  ] as const) {
    for (const key of ['freeFailures', 'firstDelaySeconds', 'maxDelaySeconds', 'forgetAfterSeconds'] as const)
      positive(throttle[key], `${name}.${key}`);
    positive(throttle.failuresPerClientPerHour, `${name}.failuresPerClientPerHour`);
  }
  for (const where of ['perDevice', 'perAddress'] as const) {
    positive(options.identification[where].points, `identification.${where}.points`);
    positive(options.identification[where].minutes, `identification.${where}.minutes`);
  }
  return { ...options, trustedOrigins: options.trustedOrigins.map(normaliseOrigin) };
};

/**
 * Identity and access for every context: staff login and sessions, kiosk devices and walk-in sessions,
 * the deny-by-default access guard (APP_GUARD) behind @Allow / @Public / @CurrentActor, the
 * administration of accounts, kiosks and organisation units, and their read models. Global, so any
 * context module can inject what it exports without importing it.
 */
@Global()
@Module({})
export class IdentityModule implements OnModuleInit {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly registry: ContextRegistry,
    private readonly sessions: SessionStore,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  static forRoot(options: Partial<IdentityOptions> = {}): DynamicModule {
    const resolved = validated({ ...DEFAULT_IDENTITY_OPTIONS, ...options });
    const proofSecrets = walkInProofSecretsOf(resolved.walkInProofSecrets);
    return {
      module: IdentityModule,
      imports: [DiscoveryModule, ...(resolved.demoData ? [IdentityDemoDataModule] : [])],
      controllers: [
        LogInController,
        LogOutController,
        WhoAmIController,
        ChangeOwnPasswordController,
        OpenDeviceSessionController,
        StartWalkInSessionController,
        IdentifyWalkInEnterpriseController,
        EndWalkInSessionController,
        ListStaffAccountsController,
        CreateStaffAccountController,
        ResetStaffPasswordController,
        UnlockStaffAccountController,
        DisableStaffAccountController,
        ListKioskDevicesController,
        RegisterKioskDeviceController,
        RevokeKioskDeviceController,
        CreateOrganisationUnitController,
        ListOrganisationUnitsController,
      ],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: resolved },
        { provide: STAFF_ACCOUNT_DECIDER, useValue: staffAccountDecider() },
        CredentialThrottles,
        IdentificationBudget,
        {
          provide: WalkInProofSigner,
          inject: [CLOCK],
          useFactory: (clock: Clock) => new WalkInProofSigner(proofSecrets[0], clock),
        },
        {
          provide: WalkInProofVerifier,
          inject: [CLOCK],
          useFactory: (clock: Clock) => new WalkInProofVerifier(proofSecrets, clock),
        },
        {
          provide: SessionStore,
          inject: [SQL_DATABASE],
          useFactory: (db: SqlDatabase) => new SessionStore(db),
        },
        SessionActorResolver,
        { provide: ACTOR_RESOLVER, useExisting: SessionActorResolver },
        { provide: APP_GUARD, useClass: AccessGuard },
        AccessDeclarationAudit,
        PasswordHasher,
        ReadModelCatchUp,
        OrganisationUnitLookup,
        StaffAccountCommands,
        LogInHandler,
        ChangeOwnPasswordHandler,
        OpenDeviceSessionHandler,
        CreateStaffAccountHandler,
        RegisterKioskDeviceHandler,
        CreateOrganisationUnitHandler,
      ],
      exports: [
        IDENTITY_OPTIONS,
        ACTOR_RESOLVER,
        OrganisationUnitLookup,
        PasswordHasher,
        CreateStaffAccountHandler,
        RegisterKioskDeviceHandler,
        CreateOrganisationUnitHandler,
        WalkInProofSigner,
      ],
    };
  }

  async onModuleInit(): Promise<void> {
    await this.sessions.setup();
    this.registry.registerProjection(staffAccountsProjection);
    this.registry.registerProjection(kioskDevicesProjection);
    this.registry.registerProjection(organisationUnitsProjection);
    this.registry.registerMapper(identityIntegrationMapper);
    if (!this.options.cookieSecure) {
      this.logger.warn(
        'Session cookies are not marked Secure (COOKIE_SECURE=false): fine on http://localhost, ' +
          'but set COOKIE_SECURE=true wherever the platform is reached over HTTPS',
      );
    }
  }
}
