import { Controller, ForbiddenException, Get, HttpCode, Inject, Param, Post, Put, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { appointmentBody, inspectionBody, policyLiaisonBody } from '@qinqing/appeals/contracts';
import {
  type DepartmentLedgerCommand,
  departmentLedgerDecider,
  type DepartmentLedgerEvent,
  departmentLedgerStreamId,
} from '@qinqing/appeals/domain';
import type { CommandHandler, EventStore } from '@qinqing/shared/event-sourcing';
import { Allow, commandMetadataFor, CurrentActor } from '@qinqing/identity/access';
import type { Actor } from '@qinqing/identity/access';
import { ApiZodBody, COMMAND_HANDLER, EVENT_STORE, ZodBody } from '@qinqing/shared/nest-platform';
import type { CalendarDate } from '@qinqing/calendar/domain';
import type { Request } from 'express';
import type { z } from 'zod';
import { UnitDirectory, unknownDepartment } from '../../application/unit-directory.service';

/** The most recent entries a ledger answer carries (bounded answers). */
const LEDGER_PAGE = 50;

const staffOf = (actor: Actor): DepartmentLedgerCommand['by'] => {
  if (actor.kind !== 'staff' || !['administrator', 'supervisor', 'department-handler'].includes(actor.role)) {
    throw new ForbiddenException({
      error: 'role-not-allowed',
      message: { zh: '无权执行此操作', en: 'You may not do this' },
    });
  }
  return {
    staffId: actor.id,
    role: actor.role as DepartmentLedgerCommand['by']['role'],
    unitId: actor.departmentId ?? null,
  };
};

/**
 * 部门服务台账 (issue 11 item 12): a department's 政策联络员 (Qingdao 二(三), Hengkou 二(三)), its 预约服务
 * records and the 明查暗访 of its service (Jinjiang 三(四)), made by 效能督查办 with 党政办督查室 and read by the
 * supervisors who report to 党工委、管委会 (Hengkou 二(三)).
 */
@ApiTags('appeals')
@Controller('appeals/departments/:departmentId')
export class DepartmentLedgerController {
  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly units: UnitDirectory,
  ) {}

  private async run(
    departmentId: string,
    actor: Actor,
    request: Request,
    scope: string,
    command: DepartmentLedgerCommand,
  ): Promise<{ recorded: readonly string[] }> {
    if (!(await this.units.isDepartment(departmentId))) throw unknownDepartment('departmentId', departmentId);
    const result = await this.commands.handle(
      departmentLedgerDecider,
      departmentLedgerStreamId(departmentId),
      command,
      commandMetadataFor(
        request,
        actor,
        `${scope}:${departmentId}:${actor.kind === 'staff' ? actor.id : 'x'}`,
      ),
    );
    return { recorded: result.events.map((e) => e.type) };
  }

  @Put('policy-liaison')
  @HttpCode(200)
  @Allow('administrator')
  @ApiOperation({ summary: '政策联络员: designate the department’s policy liaison (name and office phone)' })
  @ApiZodBody(policyLiaisonBody)
  liaison(
    @Param('departmentId') departmentId: string,
    @ZodBody(policyLiaisonBody) body: z.infer<typeof policyLiaisonBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.run(departmentId, actor, request, 'policy-liaison', {
      type: 'DesignatePolicyLiaison',
      departmentId,
      name: body.name,
      officePhone: body.officePhone,
      by: staffOf(actor),
    });
  }

  @Post('appointments')
  @HttpCode(200)
  @Allow('department-handler')
  @ApiOperation({ summary: '预约服务: the department records a service appointment with an enterprise' })
  @ApiZodBody(appointmentBody)
  appointment(
    @Param('departmentId') departmentId: string,
    @ZodBody(appointmentBody) body: z.infer<typeof appointmentBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.run(departmentId, actor, request, `appointment:${body.appointmentId}`, {
      type: 'RecordServiceAppointment',
      appointmentId: body.appointmentId,
      departmentId,
      enterpriseName: body.enterpriseName,
      topic: body.topic,
      // Checked by the decider (a bilingual 400 on `scheduledOn`).
      scheduledOn: body.scheduledOn as CalendarDate,
      by: staffOf(actor),
    });
  }

  @Post('inspections')
  @HttpCode(200)
  @Allow('supervisor')
  @ApiOperation({ summary: '明查暗访: the supervision offices record an open or unannounced inspection' })
  @ApiZodBody(inspectionBody)
  inspection(
    @Param('departmentId') departmentId: string,
    @ZodBody(inspectionBody) body: z.infer<typeof inspectionBody>,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    return this.run(departmentId, actor, request, `inspection:${body.inspectionId}`, {
      type: 'RecordInspection',
      inspectionId: body.inspectionId,
      departmentId,
      mode: body.mode,
      findings: body.findings,
      conclusion: body.conclusion,
      by: staffOf(actor),
    });
  }

  @Get('service-ledger')
  @Allow('supervisor', 'administrator', 'department-handler')
  @ApiOperation({
    summary: 'The department’s liaison, latest appointments and inspections (its own for handlers)',
  })
  async ledger(@Param('departmentId') departmentId: string, @CurrentActor() actor: Actor) {
    const by = staffOf(actor);
    if (by.role === 'department-handler' && by.unitId !== departmentId) {
      throw new ForbiddenException({
        error: 'not-this-department',
        message: { zh: '只能查看本部门的服务台账', en: 'You may only see your own department’s ledger' },
      });
    }
    const history = await this.store.readStream(departmentLedgerStreamId(departmentId));
    const events = history.map((e) => ({ type: e.type, data: e.data }) as DepartmentLedgerEvent);
    const liaison = events.filter((e) => e.type === 'PolicyLiaisonDesignated').at(-1)?.data ?? null;
    const latest = <T extends DepartmentLedgerEvent['type']>(type: T) =>
      events
        .filter((e): e is Extract<DepartmentLedgerEvent, { type: T }> => e.type === type)
        .slice(-LEDGER_PAGE)
        .reverse()
        .map((e) => e.data);
    return {
      departmentId,
      policyLiaison: liaison,
      appointments: latest('ServiceAppointmentRecorded'),
      inspections: latest('InspectionRecorded'),
    };
  }
}
