import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@qinqing/identity/access';
import {
  type OrganisationFormAnswer,
  organisationFormQuery,
  type OrganisationFormQuery,
} from '@qinqing/party-building/contracts';
import { organisationForm } from '@qinqing/party-building/domain';
import { DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { ApiZodQuery, ZodQuery } from '@qinqing/shared/nest-platform';

/**
 * The branch rules (《中国共产党支部工作条例（试行）》) as a public calculator: from member counts only, what
 * organisation an enterprise must have and what else it may form. It reads nothing stored and learns nobody.
 */
@ApiTags('party-building')
@Controller('party-building')
export class OrganisationFormController {
  @Get('organisation-form')
  @Public()
  @ApiOperation({
    summary: 'The party organisation the member counts require (branch, branch committee) and may also form',
  })
  @ApiZodQuery(organisationFormQuery)
  form(@ZodQuery(organisationFormQuery) query: OrganisationFormQuery): OrganisationFormAnswer {
    const answer = organisationForm(query.fullMembers, query.probationaryMembers);
    if (!answer.ok) throw new DomainRejectionError(answer.error);
    return answer.form;
  }
}
