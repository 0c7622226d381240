import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import { Allow } from '../../access/access.decorators';
import { listStaffAccounts } from '../../projections/staff-accounts/staff-accounts.projection';
import { type StaffAccountView, staffAccountView } from '../../views/staff-account.view';

@ApiTags('identity administration')
@Controller('admin/staff-accounts')
@Allow('administrator')
export class ListStaffAccountsController {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async list(): Promise<StaffAccountView[]> {
    const now = this.clock.now();
    return (await listStaffAccounts(this.db)).map((row) => staffAccountView(row, now));
  }
}
