import { Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@qinqing/shared/domain-kernel';
import type { CommandHandler, CommandMetadata, IdGenerator } from '@qinqing/shared/event-sourcing';
import {
  type StaffAccountCommand,
  type StaffAccountEvent,
  type StaffAccountState,
  staffAccountStreamId,
} from '@qinqing/identity/domain';
import { COMMAND_HANDLER, ID_GENERATOR } from '@qinqing/shared/nest-platform';
import { PasswordHasher } from '../../credentials/password-hasher';
import { unitMissing } from '../../identity-errors';
import { STAFF_ACCOUNT_DECIDER } from '../../identity.tokens';
import { OrganisationUnitLookup } from '../../organisation-unit-lookup';
import { ReadModelCatchUp } from '../../read-model-catch-up';
import { STAFF_ACCOUNTS_PROJECTION } from '../../projections/staff-accounts/staff-accounts.projection';
import type { StaffAccountView } from '../../views/staff-account.view';
import type { CreateStaffAccountBody } from './create-staff-account.schema';

@Injectable()
export class CreateStaffAccountHandler {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(STAFF_ACCOUNT_DECIDER)
    private readonly decider: Decider<StaffAccountCommand, StaffAccountEvent, StaffAccountState>,
    private readonly hasher: PasswordHasher,
    private readonly units: OrganisationUnitLookup,
    private readonly readModels: ReadModelCatchUp,
  ) {}

  /** Registers the account; the new person can log in as soon as this returns. */
  async create(
    body: CreateStaffAccountBody,
    metadata: CommandMetadata,
    accountId: string = this.ids.next(),
  ): Promise<StaffAccountView> {
    const { password, ...account } = body;
    return this.createHashed(account, await this.hasher.hash(password), metadata, accountId);
  }

  /** As `create`, with the password already hashed by PasswordHasher (the demo data hashes each once). */
  async createHashed(
    body: Omit<CreateStaffAccountBody, 'password'>,
    passwordHash: string,
    metadata: CommandMetadata,
    accountId: string,
  ): Promise<StaffAccountView> {
    if (body.role === 'department-handler' && body.departmentId !== undefined) {
      if (!(await this.units.exists(body.departmentId, 'department'))) throw unitMissing('departmentId');
    }
    if (body.role === 'service-staff' && body.centreId !== undefined) {
      if (!(await this.units.exists(body.centreId, 'centre'))) throw unitMissing('centreId');
    }
    const result = await this.commands.handle(
      this.decider,
      staffAccountStreamId(body.username),
      {
        type: 'RegisterStaffAccount',
        accountId,
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        departmentId: body.departmentId ?? null,
        centreId: body.centreId ?? null,
        passwordHash,
        registeredBy: metadata.actor.id,
      },
      metadata,
    );
    await this.readModels.of(STAFF_ACCOUNTS_PROJECTION);
    const account = result.state;
    if (account.status !== 'registered') throw new Error('registration produced no account');
    return {
      accountId: account.accountId,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      departmentId: account.departmentId,
      centreId: account.centreId,
      status: account.disabled ? 'disabled' : 'active',
      lockedUntil: null,
      lastLoginAt: null,
    };
  }
}
