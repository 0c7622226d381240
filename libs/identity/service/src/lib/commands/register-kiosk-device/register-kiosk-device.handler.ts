import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { kioskDeviceDecider, kioskDeviceStreamId } from '@qinqing/identity/domain';
import { COMMAND_HANDLER } from '@qinqing/shared/nest-platform';
import { PasswordHasher } from '../../credentials/password-hasher';
import { unitMissing } from '../../identity-errors';
import { OrganisationUnitLookup } from '../../organisation-unit-lookup';
import { KIOSK_DEVICES_PROJECTION } from '../../projections/kiosk-devices/kiosk-devices.projection';
import { ReadModelCatchUp } from '../../read-model-catch-up';
import type { RegisterKioskDeviceBody } from './register-kiosk-device.schema';

export interface RegisteredKioskDeviceView {
  readonly deviceId: string;
  readonly centreId: string;
  readonly label: string;
  /** `<deviceId>.<secret>`: shown this once, stored only as an Argon2id hash. */
  readonly credential: string;
}

@Injectable()
export class RegisterKioskDeviceHandler {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    private readonly hasher: PasswordHasher,
    private readonly units: OrganisationUnitLookup,
    private readonly readModels: ReadModelCatchUp,
  ) {}

  /** Registers a kiosk to a centre with a fresh 256-bit secret. */
  async register(
    body: RegisterKioskDeviceBody,
    metadata: CommandMetadata,
  ): Promise<RegisteredKioskDeviceView> {
    const secret = randomBytes(32).toString('base64url');
    return this.registerHashed(body, metadata, secret, await this.hasher.hash(secret));
  }

  /** As `register`, with a given secret and its PasswordHasher hash: demo data only. */
  async registerHashed(
    body: RegisterKioskDeviceBody,
    metadata: CommandMetadata,
    secret: string,
    credentialHash: string,
  ): Promise<RegisteredKioskDeviceView> {
    if (!(await this.units.exists(body.centreId, 'centre'))) throw unitMissing('centreId');
    const result = await this.commands.handle(
      kioskDeviceDecider,
      kioskDeviceStreamId(body.deviceId),
      {
        type: 'RegisterKioskDevice',
        deviceId: body.deviceId,
        centreId: body.centreId,
        label: body.label,
        credentialHash,
        registeredBy: metadata.actor.id,
      },
      metadata,
    );
    await this.readModels.of(KIOSK_DEVICES_PROJECTION);
    if (result.state.status !== 'registered') throw new Error('registration produced no device');
    const { deviceId, centreId, label } = result.state;
    return { deviceId, centreId, label, credential: `${deviceId}.${secret}` };
  }
}
