import { Inject, Injectable } from '@nestjs/common';
import type { RequestDetail } from '@qinqing/appeals/contracts';
import { chinaDateOf } from '@qinqing/appeals/domain';
import { CalendarService } from '@qinqing/shared/calendar';
import type { Clock } from '@qinqing/shared/event-sourcing';
import { CLOCK } from '@qinqing/shared/nest-platform';
import { requestDetailOf, unitIdsOf } from '../queries/request-detail/request-views.mapper';
import { allowedActions, type Viewer } from './allowed-actions';
import { AppealsPolicyService } from './appeals-policy.service';
import { handlesRequest, type VisibleRequest } from './request-access.service';
import { seesReceiptCode } from './receipt-code-visibility';
import { UnitDirectory } from './unit-directory.service';

/** Builds the detail view of a request for one viewer: what they may see, in words, and what they may do. */
@Injectable()
export class RequestViewsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly policy: AppealsPolicyService,
    private readonly units: UnitDirectory,
  ) {}

  async detail(visible: VisibleRequest, viewer: Viewer): Promise<RequestDetail> {
    const now = this.clock.now();
    const calendar = await this.calendar.current();
    const context = { now, calendar, policy: await this.policy.current() };
    const staff = viewer.kind === 'actor' && viewer.actor.kind === 'staff';
    return requestDetailOf(visible, {
      calendar,
      today: chinaDateOf(now),
      unitNames: await this.units.namesFor(unitIdsOf(visible.history)),
      showContact: viewer.kind === 'actor' && handlesRequest(viewer.actor, visible.state),
      showReceiptCode:
        viewer.kind !== 'actor' || seesReceiptCode(viewer.actor, visible.state.receivingUnitId),
      forEnterprise: !staff,
      allowedActions: allowedActions(visible.state, viewer, context),
    });
  }
}
