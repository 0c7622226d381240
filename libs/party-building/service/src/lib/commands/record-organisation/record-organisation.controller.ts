import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, actorId, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import {
  type OrganisationRecordAnswer,
  recordOrganisationBody,
  type RecordOrganisationBody,
} from '@qinqing/party-building/contracts';
import { isInPlace, organisationFormFor } from '@qinqing/party-building/domain';
import { ApiZodBody, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { OrganisationCommands } from '../../application/organisation-commands';
import { PARTY_BUILDING_STAFF } from '../../application/party-building-roles';

/** An enterprise's party organisation as it now is, recorded whole; the decider applies the branch rules. */
@ApiTags('party-building')
@Controller('party-building/organisations')
export class RecordOrganisationController {
  constructor(private readonly organisations: OrganisationCommands) {}

  @Post()
  @HttpCode(201)
  @Allow(...PARTY_BUILDING_STAFF)
  @ApiOperation({ summary: 'Record an enterprise’s party organisation (counts and roles only)' })
  @ApiZodBody(recordOrganisationBody)
  async record(
    @ZodBody(recordOrganisationBody) body: RecordOrganisationBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<OrganisationRecordAnswer> {
    const result = await this.organisations.handle(
      body.creditCode.trim(),
      { type: 'RecordOrganisation', organisation: body, recordedBy: actorId(actor) },
      commandMetadataFor(request, actor, 'record-organisation'),
    );
    if (result.state.status !== 'recorded') throw new Error('The organisation decider recorded nothing');
    const { facts, records } = result.state;
    const form = organisationFormFor(facts);
    return {
      creditCode: facts.creditCode,
      type: facts.type,
      requiredForm: form.form,
      mayAlsoForm: form.mayAlsoForm,
      inPlace: isInPlace(facts.type, form),
      termEndsOn: facts.termEndsOn,
      records,
    };
  }
}
