import { Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import { Allow } from '../../access/access.decorators';
import { RequestCommandMetadata } from '../../access/current-actor.decorator';
import { RegisterKioskDeviceHandler, type RegisteredKioskDeviceView } from './register-kiosk-device.handler';
import { type RegisterKioskDeviceBody, registerKioskDeviceSchema } from './register-kiosk-device.schema';

@ApiTags('identity administration')
@Controller('admin/kiosk-devices')
@Allow('administrator')
export class RegisterKioskDeviceController {
  constructor(private readonly handler: RegisterKioskDeviceHandler) {}

  /** Registers a kiosk; the answer holds its credential, which is never shown again. */
  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @ApiZodBody(registerKioskDeviceSchema)
  register(
    @ZodBody(registerKioskDeviceSchema) body: RegisterKioskDeviceBody,
    @RequestCommandMetadata() metadata: CommandMetadata,
  ): Promise<RegisteredKioskDeviceView> {
    return this.handler.register(body, metadata);
  }
}
