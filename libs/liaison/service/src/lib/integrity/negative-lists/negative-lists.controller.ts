import { Controller, Get, Inject, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import { adoptNegativeListsBody, type AdoptNegativeListsBody } from '@qinqing/liaison/contracts';
import {
  type NegativeListAdoptionState,
  type NegativeListCatalogueVersion,
  NEGATIVE_LIST_VERSIONS,
  negativeListAdoptionDecider,
  negativeListAdoptionStreamId,
} from '@qinqing/liaison/domain';
import type { CommandHandler, EventStore } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, COMMAND_HANDLER, EVENT_STORE, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { Jurisdictions } from '../../application/deployment-jurisdiction';
import { ALL_STAFF, jurisdictionParam, PathParams } from '../params';
import { streamState } from '../stream-state';

export interface AdoptionView {
  readonly jurisdiction: string;
  /** The adoption in force (the last), null before any. */
  readonly current: {
    readonly version: string;
    readonly listIds: readonly string[];
    readonly adoptedAt: string;
  } | null;
  readonly history: NegativeListAdoptionState['adoptions'];
}

const view = (jurisdiction: string, state: NegativeListAdoptionState): AdoptionView => ({
  jurisdiction,
  current: state.adoptions.at(-1) ?? null,
  history: state.adoptions,
});

/** The versioned negative-list catalogues (负面清单) and which version each jurisdiction adopted. */
@ApiTags('liaison integrity')
@Controller('liaison')
export class NegativeListsController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdictions: Jurisdictions,
  ) {}

  @Get('negative-lists')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'Every version of the negative-list catalogue, with each item’s text and source' })
  catalogue(): { readonly versions: readonly NegativeListCatalogueVersion[] } {
    return { versions: NEGATIVE_LIST_VERSIONS };
  }

  @Get('jurisdictions/:jurisdiction/negative-lists')
  @Allow(...ALL_STAFF)
  @ApiOperation({ summary: 'The catalogue version and lists a jurisdiction adopted, with the history' })
  async adopted(
    @PathParams(jurisdictionParam) { jurisdiction }: { jurisdiction: string },
  ): Promise<AdoptionView> {
    this.jurisdictions.requireKnown(jurisdiction, 'params.jurisdiction');
    return view(
      jurisdiction,
      await streamState(this.store, negativeListAdoptionDecider, negativeListAdoptionStreamId(jurisdiction)),
    );
  }

  @Put('jurisdictions/:jurisdiction/negative-lists')
  @Allow('administrator')
  @ApiOperation({ summary: 'Adopt a catalogue version (and choose its lists) for a jurisdiction' })
  @ApiZodBody(adoptNegativeListsBody)
  async adopt(
    @PathParams(jurisdictionParam) { jurisdiction }: { jurisdiction: string },
    @ZodBody(adoptNegativeListsBody) body: AdoptNegativeListsBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<AdoptionView> {
    this.jurisdictions.requireKnown(jurisdiction, 'params.jurisdiction');
    const result = await this.commands.handle(
      negativeListAdoptionDecider,
      negativeListAdoptionStreamId(jurisdiction),
      { type: 'AdoptNegativeListVersion', jurisdiction, ...body, adoptedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'adopt-negative-lists'),
    );
    return view(jurisdiction, result.state);
  }
}
