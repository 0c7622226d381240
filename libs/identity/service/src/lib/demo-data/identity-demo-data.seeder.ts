import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type CommandMetadata, DomainRejectionError, type EventStore } from '@qinqing/shared/event-sourcing';
import {
  kioskDeviceStreamId,
  organisationUnitStreamId,
  staffAccountStreamId,
  systemActor,
  actorReference,
} from '@qinqing/identity/domain';
import { EVENT_STORE, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { PasswordHasher } from '../credentials/password-hasher';
import { CreateOrganisationUnitHandler } from '../commands/create-organisation-unit/create-organisation-unit.handler';
import { CreateStaffAccountHandler } from '../commands/create-staff-account/create-staff-account.handler';
import { RegisterKioskDeviceHandler } from '../commands/register-kiosk-device/register-kiosk-device.handler';
import {
  DEMO_KIOSK_DEVICES,
  DEMO_ORGANISATION_UNITS,
  DEMO_PASSWORD,
  DEMO_STAFF_ACCOUNTS,
} from './identity-demo-data';

const SEEDER = actorReference(systemActor('identity-demo-data'));

/**
 * Each demo password and kiosk secret is hashed once per process (each record with its own salt): Argon2 is
 * ~25 ms a hash by design, and a test process starts the platform with its demo data dozens of times.
 */
const demoHashes = new Map<string, Promise<string>>();

/**
 * Loads the demo organisation units, one account per role and one kiosk per centre, through the same
 * handlers as the API. Idempotent: whatever already exists is left alone (an administrator may have
 * changed a demo password), and each command carries an idempotency key so two processes starting
 * together append once. Only mounted when the app's DEMO_DATA is true.
 */
@Injectable()
export class IdentityDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('IdentityDemoData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly units: CreateOrganisationUnitHandler,
    private readonly accounts: CreateStaffAccountHandler,
    private readonly devices: RegisterKioskDeviceHandler,
    private readonly hasher: PasswordHasher,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const created = await this.seed();
      if (created > 0)
        this.logger.log(`Seeded ${created} identity demo record(s); see README "Demo accounts"`);
    });
  }

  /** Creates what is missing; resolves with how many records it created. */
  async seed(): Promise<number> {
    let created = 0;
    for (const unit of DEMO_ORGANISATION_UNITS) {
      const { hotline, ...body } = unit;
      created += await this.once(
        organisationUnitStreamId(unit.unitId),
        `unit:${unit.unitId}`,
        async (metadata) => {
          await this.units.create(body, metadata);
          if (hotline !== undefined)
            await this.units.setHotline(unit.unitId, hotline, {
              ...metadata,
              idempotencyKey: `${metadata.idempotencyKey ?? ''}:hotline`,
            });
        },
      );
    }
    for (const account of DEMO_STAFF_ACCOUNTS) {
      const { accountId, ...body } = account;
      created += await this.once(
        staffAccountStreamId(account.username),
        `account:${account.username}`,
        async (metadata) =>
          this.accounts.createHashed(
            body,
            await this.hashOnce(`account:${account.username}`, DEMO_PASSWORD),
            metadata,
            accountId,
          ),
      );
    }
    for (const device of DEMO_KIOSK_DEVICES) {
      const { secret, ...body } = device;
      created += await this.once(
        kioskDeviceStreamId(device.deviceId),
        `device:${device.deviceId}`,
        async (metadata) =>
          this.devices.registerHashed(
            body,
            metadata,
            secret,
            await this.hashOnce(`device:${device.deviceId}`, secret),
          ),
      );
    }
    return created;
  }

  private hashOnce(key: string, secret: string): Promise<string> {
    let hash = demoHashes.get(key);
    if (hash === undefined) {
      hash = this.hasher.hash(secret);
      demoHashes.set(key, hash);
      hash.catch(() => demoHashes.delete(key));
    }
    return hash;
  }

  private async once(
    streamId: string,
    key: string,
    create: (metadata: CommandMetadata) => Promise<unknown>,
  ): Promise<number> {
    if ((await this.store.readStream(streamId)).length > 0) return 0;
    try {
      await create({
        correlationId: `identity-demo-data:${key}`,
        causationId: null,
        actor: SEEDER,
        idempotencyKey: `identity-demo-data:${key}`,
      });
      return 1;
    } catch (error) {
      // Another process seeded it between the check and the append.
      if (error instanceof DomainRejectionError && error.error.kind === 'conflict') return 0;
      throw error;
    }
  }
}
