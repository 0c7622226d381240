import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { fileObjectionBody, type FileObjectionBody, type ObjectionAnswer } from '@qinqing/credit/contracts';
import type { ObjectionFiled } from '@qinqing/credit/domain';
import { type Actor, Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { IdGenerator } from '@qinqing/shared/event-sourcing';
import { ApiZodBody, ID_GENERATOR, ZodBody } from '@qinqing/shared/nest-platform';
import type { Request } from 'express';
import { caseActorOf } from '../../application/case-actor';
import { CreditCasesService } from '../../application/credit-cases.service';
import { CASE_FILERS } from '../../application/credit-roles';

/** 异议: the enterprise objects to one of its own records (at the kiosk), or a credit officer files it for it. */
@ApiTags('credit')
@Controller('credit/objections')
export class FileObjectionController {
  constructor(
    private readonly cases: CreditCasesService,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow(...CASE_FILERS)
  @ApiOperation({
    summary:
      'Object to a record (the identified enterprise: its own only; a credit officer: naming creditCode)',
  })
  @ApiZodBody(fileObjectionBody)
  async file(
    @ZodBody(fileObjectionBody) body: FileObjectionBody,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ): Promise<ObjectionAnswer> {
    const { by, creditCode } = caseActorOf(actor, body.creditCode);
    const objectionId = this.ids.next();
    const result = await this.cases.onObjection(
      objectionId,
      {
        type: 'FileObjection',
        objectionId,
        documentNumber: body.documentNumber,
        record: await this.cases.recordStanding(body.documentNumber),
        creditCode,
        grounds: body.grounds,
        evidenceReference: body.evidenceReference ?? null,
        by,
      },
      commandMetadataFor(request, actor, 'file-objection'),
    );
    const filed = result.events.find((event) => event.type === 'ObjectionFiled');
    const data = filed?.data as ObjectionFiled['data'];
    return {
      objectionId: data.objectionId,
      documentNumber: data.documentNumber,
      creditCode: data.creditCode,
      filedOn: data.filedOn,
      dueOn: data.dueOn,
      status: 'open',
    };
  }
}
