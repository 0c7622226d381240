import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CREDIT_COMMITMENT_TEXT } from '@qinqing/credit/contracts';
import { Public } from '@qinqing/identity/access';

/** The credit commitment (信用承诺书) in force: what a repair application's signatory signs, and its version. */
@ApiTags('credit')
@Controller('credit/commitment-text')
export class CommitmentTextController {
  @Get()
  @Public()
  @ApiOperation({
    summary: 'The credit commitment text in force and its version (signed with a repair application)',
  })
  text(): { readonly version: string; readonly text: string } {
    return { version: CREDIT_COMMITMENT_TEXT.version, text: CREDIT_COMMITMENT_TEXT.text };
  }
}
