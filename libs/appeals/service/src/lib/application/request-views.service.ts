import { Inject, Injectable } from '@nestjs/common';
import type { RequestDetail, TrackedRequest } from '@qinqing/appeals/contracts';
import { chinaDateOf } from '@qinqing/appeals/domain';
import { CalendarInForce } from '@qinqing/calendar/domain';
import type { Clock, SqlDatabase } from '@qinqing/shared/event-sourcing';
import { CLOCK, SQL_DATABASE } from '@qinqing/shared/nest-platform';
import {
  type DetailView,
  relatedRequestIdsOf,
  requestDetailOf,
  trackedRequestOf,
  unitIdsOf,
} from '../queries/request-detail/request-views.mapper';
import { StaffConflictsReplica } from '../consumers/liaison-conflicts/staff-conflicts.replica';
import { allowedActions, type Viewer } from './allowed-actions';
import { AppealsPolicyService } from './appeals-policy.service';
import { handlesRequest, type VisibleRequest } from './request-access.service';
import { seesReceiptCode } from './receipt-code-visibility';
import { UnitDirectory } from './unit-directory.service';

/** Builds the views of a request for one viewer: what they may see, in words, and what they may do. */
@Injectable()
export class RequestViewsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly calendar: CalendarInForce,
    private readonly policy: AppealsPolicyService,
    private readonly units: UnitDirectory,
    private readonly conflicts: StaffConflictsReplica,
  ) {}

  /** Staff see the whole request; an enterprise (walk-in, receipt holder) sees its tracking view. */
  async view(visible: VisibleRequest, viewer: Viewer): Promise<RequestDetail | TrackedRequest> {
    return viewer.kind === 'actor' && viewer.actor.kind === 'staff'
      ? this.detail(visible, viewer)
      : this.tracked(visible, viewer);
  }

  async detail(visible: VisibleRequest, viewer: Viewer): Promise<RequestDetail> {
    return requestDetailOf(visible, {
      ...(await this.context(visible, viewer)),
      showContact: viewer.kind === 'actor' && handlesRequest(viewer.actor, visible.state),
      showReceiptCode:
        viewer.kind !== 'actor' || seesReceiptCode(viewer.actor, visible.state.receivingUnitId),
    });
  }

  async tracked(visible: VisibleRequest, viewer: Viewer): Promise<TrackedRequest> {
    return trackedRequestOf(visible, await this.context(visible, viewer));
  }

  private async context(visible: VisibleRequest, viewer: Viewer): Promise<DetailView> {
    const now = this.clock.now();
    const calendar = await this.calendar.current();
    // Staff who must recuse from the enterprise are offered nothing the decider would refuse them (a conflict
    // declared seconds ago may still be offered: the command reads the conflicts afresh and refuses).
    const staffId = viewer.kind === 'actor' && viewer.actor.kind === 'staff' ? viewer.actor.id : null;
    const decision = {
      now,
      calendar,
      policy: await this.policy.current(),
      actorConflicts: staffId === null ? [] : await this.conflicts.recentOf(staffId),
    };
    const titles = await this.titlesOf(relatedRequestIdsOf(visible.history));
    return {
      calendar,
      today: chinaDateOf(now),
      unitNames: await this.units.namesFor(unitIdsOf(visible.history)),
      requestTitle: (requestId) => titles.get(requestId) ?? null,
      allowedActions: allowedActions(visible.state, viewer, decision),
    };
  }

  private async titlesOf(requestIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (requestIds.length === 0) return new Map();
    const { rows } = await this.db.query<{ request_id: string; title: string }>(
      'SELECT request_id, title FROM appeals_requests WHERE request_id = ANY($1::text[])',
      [requestIds],
    );
    return new Map(rows.map((row) => [row.request_id, row.title]));
  }
}
