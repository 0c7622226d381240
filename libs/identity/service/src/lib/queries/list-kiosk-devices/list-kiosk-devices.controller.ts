import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SqlDatabase } from '@qinqing/shared/event-sourcing';
import { SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { Allow } from '../../access/access.decorators';
import {
  type KioskDeviceRow,
  listKioskDevices,
} from '../../projections/kiosk-devices/kiosk-devices.projection';

@ApiTags('identity administration')
@Controller('admin/kiosk-devices')
@Allow('administrator')
export class ListKioskDevicesController {
  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  @Get()
  list(): Promise<KioskDeviceRow[]> {
    return listKioskDevices(this.db);
  }
}
