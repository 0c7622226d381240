import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { CLOCK } from '@qinqing/shared/nest-platform';
import { AccessDeclarationAudit } from './access/access-declaration.audit';
import { AccessGuard } from './access/access.guard';
import { normaliseOrigin } from './access/same-origin';
import { IdentityTokenVerifier } from './identity-token/identity-token';
import { DEFAULT_IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { ACTOR_RESOLVER, IDENTITY_OPTIONS } from './identity.tokens';
import { organisationUnitsReplica } from './integration/organisation-units.replica';
import { SignedTokenActorResolver } from './resolution/signed-token-actor.resolver';
import { WalkInProofSigner, walkInProofSigningSecretOf } from './walk-in-proof/walk-in-proof';

export interface IdentityServiceOptions {
  /** The context the service runs, e.g. "appeals": its consumer of identity events is `<context>.organisation-units`. */
  readonly context: string;
  /** Keys that verify the gateway's identity tokens: the current one first, during a rotation the previous. */
  readonly tokenSecrets: readonly string[];
  /** Origins besides the request's own host that may send state-changing requests. */
  readonly trustedOrigins?: readonly string[];
}

/**
 * Identity for a service behind the gateway (distributed mode). The gateway authenticates people and
 * kiosks; the service believes only a verified, short-lived identity token (an unsigned or forged header is
 * no identity). The same deny-by-default guard runs every @Allow / @Public declaration. The organisation-unit
 * catalogue arrives as identity's public events into the service's own table, the one the identity
 * projection fills in the one-process app.
 */
@Global()
@Module({})
export class IdentityServiceModule {
  static forService(options: IdentityServiceOptions): DynamicModule {
    const identityOptions: IdentityOptions = {
      ...DEFAULT_IDENTITY_OPTIONS,
      trustedOrigins: (options.trustedOrigins ?? []).map(normaliseOrigin),
    };
    return {
      module: IdentityServiceModule,
      imports: [DiscoveryModule],
      controllers: [organisationUnitsReplica(options.context)],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: identityOptions },
        {
          provide: ACTOR_RESOLVER,
          inject: [CLOCK],
          useFactory: (clock: Clock) =>
            new SignedTokenActorResolver(new IdentityTokenVerifier({ secrets: options.tokenSecrets }, clock)),
        },
        {
          // A context that proves a walk-in's enterprise (liaison) signs with a key every gateway holds.
          provide: WalkInProofSigner,
          inject: [CLOCK],
          useFactory: (clock: Clock) =>
            new WalkInProofSigner(walkInProofSigningSecretOf(options.tokenSecrets), clock),
        },
        { provide: APP_GUARD, useClass: AccessGuard },
        AccessDeclarationAudit,
      ],
      exports: [IDENTITY_OPTIONS, ACTOR_RESOLVER, WalkInProofSigner],
    };
  }
}
