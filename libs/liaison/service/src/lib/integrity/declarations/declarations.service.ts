import { Inject, Injectable } from '@nestjs/common';
import type { StaffActor } from '@qinqing/identity/access';
import type { DeclareRelationBody, RecusalBody } from '@qinqing/liaison/contracts';
import {
  type Conflict,
  conflictsBetween,
  declarationsDecider,
  declarationsStreamId,
  type OfficialDeclarations,
} from '@qinqing/liaison/domain';
import { maskIdNumber, normaliseCreditCode, validateResidentIdNumber } from '@qinqing/shared/chinese-ids';
import type {
  Clock,
  CommandHandler,
  CommandMetadata,
  EventStore,
  IdGenerator,
} from '@qinqing/shared/event-sourcing';
import {
  CLOCK,
  COMMAND_HANDLER,
  EVENT_STORE,
  ID_GENERATOR,
  InputValidationException,
} from '@qinqing/shared/nest-platform';
import { chinaDateOf } from '../china-today';
import { streamState } from '../stream-state';
import { IdNumberHasher } from './id-number-hasher';

/** What staff see of a declaration: the ID number masked, never its hash. */
export interface DeclarationsView {
  readonly officialId: string;
  readonly relations: readonly {
    readonly relationId: string;
    readonly relation: string;
    readonly name: string;
    readonly idNumberMasked: string;
    readonly ties: readonly { readonly creditCode: string; readonly kind: string; readonly detail: string }[];
    readonly declaredAt: string;
  }[];
  readonly recusals: OfficialDeclarations['recusals'];
}

export const declarationsView = (officialId: string, state: OfficialDeclarations): DeclarationsView => ({
  officialId,
  relations: state.relations.map(({ idNumberHash: _hash, ...relation }) => relation),
  recusals: state.recusals,
});

@Injectable()
export class DeclarationsService {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly hasher: IdNumberHasher,
  ) {}

  of(officialId: string): Promise<OfficialDeclarations> {
    return streamState(this.store, declarationsDecider, declarationsStreamId(officialId));
  }

  /** The pure rule over this official's declarations (what pairing, filing approval and assignment ask). */
  async conflicts(officialId: string, creditCode: string): Promise<readonly Conflict[]> {
    return conflictsBetween([await this.of(officialId)], officialId, normaliseCreditCode(creditCode));
  }

  async declare(official: StaffActor, body: DeclareRelationBody, metadata: CommandMetadata): Promise<string> {
    const checked = validateResidentIdNumber(body.idNumber, { today: chinaDateOf(this.clock.now()) });
    if (!checked.ok) {
      throw new InputValidationException(
        [
          {
            code: 'custom',
            path: ['idNumber'],
            message: `${checked.message.zh} / ${checked.message.en}`,
            input: undefined,
          },
        ],
        'body',
      );
    }
    const relationId = this.ids.next();
    await this.commands.handle(
      declarationsDecider,
      declarationsStreamId(official.id),
      {
        type: 'DeclareRelation',
        officialId: official.id,
        relationId,
        relation: body.relation,
        name: body.name,
        idNumberHash: await this.hasher.hash(checked.value),
        idNumberMasked: maskIdNumber(checked.value),
        ties: body.ties,
      },
      metadata,
    );
    return relationId;
  }

  async withdraw(
    officialId: string,
    relationId: string,
    reason: string,
    metadata: CommandMetadata,
  ): Promise<void> {
    await this.commands.handle(
      declarationsDecider,
      declarationsStreamId(officialId),
      { type: 'WithdrawRelation', officialId, relationId, reason },
      metadata,
    );
  }

  async recuse(
    officialId: string,
    body: RecusalBody,
    origin: 'self' | 'ordered',
    decidedBy: string,
    metadata: CommandMetadata,
  ): Promise<string> {
    const recusalId = this.ids.next();
    await this.commands.handle(
      declarationsDecider,
      declarationsStreamId(officialId),
      {
        type: 'RecordRecusal',
        officialId,
        recusalId,
        enterpriseCreditCode: body.enterpriseCreditCode,
        origin,
        decidedBy,
        reason: body.reason,
      },
      metadata,
    );
    return recusalId;
  }
}
