import { Injectable, NotFoundException } from '@nestjs/common';
import type { RequestSubmitted, SubmittedRequest } from '@qinqing/appeals/domain';
import { isSubmitted } from '@qinqing/appeals/domain';
import type { RecordedEvent } from '@qinqing/shared/event-sourcing';
import type { Actor } from '@qinqing/identity/access';
import { RequestCommandsService } from './request-commands.service';
import { staffUnitId } from './request-actor';

export interface VisibleRequest {
  readonly state: SubmittedRequest;
  readonly submitted: RequestSubmitted['data'];
  readonly history: readonly RecordedEvent[];
}

const notFound = () =>
  new NotFoundException({
    error: 'request-not-found',
    message: { zh: '未找到该诉求', en: 'No such request' },
  });

/**
 * Who may see a request (and so act on it): supervisors and administrators all; service staff the requests
 * their centre received, owns or handed off; department handlers those handed or belonging to their
 * department; an identified walk-in its own enterprise's requests filed with its phone. Anyone else gets 404,
 * never a hint that the request exists.
 */
export const canSee = (
  actor: Actor,
  state: SubmittedRequest,
  submitted: RequestSubmitted['data'],
): boolean => {
  switch (actor.kind) {
    case 'staff': {
      if (actor.role === 'supervisor' || actor.role === 'administrator') return true;
      const unit = staffUnitId(actor);
      if (unit === null) return false;
      return (
        state.receivingUnitId === unit ||
        state.ownerUnitId === unit ||
        state.departmentId === unit ||
        state.handOff?.toDepartmentId === unit ||
        state.handOff?.fromUnitId === unit
      );
    }
    case 'kiosk-enterprise':
      return (
        actor.enterprise !== null &&
        actor.enterprise.creditCode === state.enterprise.creditCode &&
        actor.enterprise.contactPhone === submitted.contact.phone
      );
    case 'kiosk-device':
      return false;
    case 'system':
      return true;
  }
};

/** Staff who work the request see the contact's full phone; everyone else sees it masked. */
export const handlesRequest = (actor: Actor, state: SubmittedRequest): boolean => {
  if (actor.kind !== 'staff' || actor.role === 'supervisor' || actor.role === 'administrator') return false;
  const unit = staffUnitId(actor);
  return (
    unit !== null &&
    (state.ownerUnitId === unit || state.handOff?.toDepartmentId === unit || state.departmentId === unit)
  );
};

@Injectable()
export class RequestAccessService {
  constructor(private readonly requests: RequestCommandsService) {}

  /** The request as its events say now, if the actor may see it; otherwise 404. */
  async loadVisible(requestId: string, actor: Actor): Promise<VisibleRequest> {
    const loaded = await this.requests.load(requestId);
    if (loaded === null || !isSubmitted(loaded.state)) throw notFound();
    const submitted = (loaded.history[0] as RecordedEvent<'RequestSubmitted', RequestSubmitted['data']>).data;
    if (!canSee(actor, loaded.state, submitted)) throw notFound();
    return { state: loaded.state, submitted, history: loaded.history };
  }

  /** The request regardless of viewer, for callers that proved their right another way (receipt code). */
  async load(requestId: string): Promise<VisibleRequest> {
    const loaded = await this.requests.load(requestId);
    if (loaded === null || !isSubmitted(loaded.state)) throw notFound();
    const submitted = (loaded.history[0] as RecordedEvent<'RequestSubmitted', RequestSubmitted['data']>).data;
    return { state: loaded.state, submitted, history: loaded.history };
  }
}
