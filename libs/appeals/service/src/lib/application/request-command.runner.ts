import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EnterpriseRequestCommand, RequestActor } from '@qinqing/appeals/domain';
import { commandMetadataFor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import type { Request } from 'express';
import { RequestAccessService } from './request-access.service';
import { idempotencyScopeOf, toRequestActor } from './request-actor';
import { RequestCommandsService } from './request-commands.service';

export interface RequestCommandResponse {
  readonly requestId: string;
  readonly status: string;
  /** Types of the events the command recorded (empty when it changed nothing). */
  readonly recorded: readonly string[];
  /** True when an Idempotency-Key repeated an earlier command: nothing new was recorded. */
  readonly replayed: boolean;
}

const noStanding = () =>
  new ForbiddenException({
    error: 'no-standing',
    message: { zh: '您不能对该诉求执行此操作', en: 'You cannot act on this request' },
  });

/** The path every request command takes from HTTP: visibility, actor, metadata, decide, answer. */
@Injectable()
export class RequestCommandRunner {
  constructor(
    private readonly access: RequestAccessService,
    private readonly requests: RequestCommandsService,
  ) {}

  async run(
    requestId: string,
    actor: Actor,
    request: Request,
    scope: string,
    build: (by: RequestActor) => EnterpriseRequestCommand,
    proven?: { readonly creditCode: string },
  ): Promise<RequestCommandResponse> {
    if (proven === undefined) await this.access.loadVisible(requestId, actor);
    const by = toRequestActor(actor, proven);
    if (by === null) throw noStanding();
    const result = await this.requests.execute(
      requestId,
      build(by),
      commandMetadataFor(request, actor, `${scope}:${requestId}:${idempotencyScopeOf(actor)}`),
    );
    return {
      requestId,
      status: result.state.status,
      recorded: result.events.map((e) => e.type),
      replayed: result.replayed,
    };
  }
}
