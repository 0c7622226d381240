import { optionalTextSchema } from '@qinqing/shared/contracts-kit';
import { Controller, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Clock, CommandHandler, CommandMetadata } from '@qinqing/shared/event-sourcing';
import { isReferenceId, kioskDeviceDecider, kioskDeviceStreamId } from '@qinqing/identity/domain';
import { ApiZodBody, CLOCK, COMMAND_HANDLER, ZodBody } from '@qinqing/shared/nest-platform';
import { z } from 'zod';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { KIOSK_DEVICES_PROJECTION } from '../../projections/kiosk-devices/kiosk-devices.projection';
import { ReadModelCatchUp } from '../../read-model-catch-up';
import { SessionStore } from '../../sessions/session.store';

export const revokeKioskDeviceSchema = z
  .object({ reason: optionalTextSchema(500, { zh: '原因', en: 'Reason' }).default('') })
  .strict();

@ApiTags('identity administration')
@Controller('admin/kiosk-devices')
@Allow('administrator')
export class RevokeKioskDeviceController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sessions: SessionStore,
    private readonly readModels: ReadModelCatchUp,
  ) {}

  /** Revokes a lost or replaced kiosk: its device session and any walk-in on it end at once. */
  @Post(':deviceId/revoke')
  @HttpCode(204)
  @ApiZodBody(revokeKioskDeviceSchema)
  async revoke(
    @Param('deviceId') deviceId: string,
    @ZodBody(revokeKioskDeviceSchema) body: z.infer<typeof revokeKioskDeviceSchema>,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<void> {
    if (!isReferenceId(deviceId)) {
      throw new NotFoundException({
        error: 'device-not-found',
        message: { zh: '设备不存在', en: 'No such device' },
      });
    }
    await this.commands.handle(
      kioskDeviceDecider,
      kioskDeviceStreamId(deviceId),
      { type: 'RevokeKioskDevice', revokedBy: metadata.actor.id, reason: body.reason },
      metadata,
    );
    await this.sessions.revokeAllOf({ deviceId }, this.clock.now(), 'device-revoked');
    await this.readModels.of(KIOSK_DEVICES_PROJECTION);
  }
}
