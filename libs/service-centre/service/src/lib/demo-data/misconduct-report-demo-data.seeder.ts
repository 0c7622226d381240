import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { addDays, chinaDateOf } from '@qinqing/calendar/domain';
import { type Clock, type CommandMetadata, DomainRejectionError } from '@qinqing/shared/event-sourcing';
import { CLOCK, EventSourcingHost } from '@qinqing/shared/nest-platform';
import { MisconductReportCommands } from '../misconduct-reports/misconduct-report-commands';

/** A fixed id, so a restart finds the report there and adds nothing. */
export const DEMO_REPORT_ID = '00000000-0000-4000-8000-00000000d001';
const INSPECTOR = '01960000-0000-7000-8000-000000000103';
const metadata: CommandMetadata = {
  correlationId: 'service-centre-demo-data',
  causationId: null,
  actor: { id: INSPECTOR, role: 'discipline-inspector' },
};

/**
 * One misconduct report for the discipline desk, through the real command path: a letter the inspector entered
 * two days ago (by name, so the desk shows a masked reporter) about inaction in the market-regulation bureau,
 * answered once. No anonymous one: those enter through the intake and its pass. DEMO_DATA=true only.
 */
@Injectable()
export class MisconductReportDemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('MisconductReportDemoData');

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reports: MisconductReportCommands,
    private readonly host: EventSourcingHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.withoutWakes(async () => {
      const filedOn = addDays(chinaDateOf(this.clock.now()), -2);
      try {
        await this.reports.handle(
          DEMO_REPORT_ID,
          {
            type: 'FileReport',
            reportId: DEMO_REPORT_ID,
            channel: 'real-name',
            category: 'inaction',
            negativeListItemCode: null,
            accused: {
              name: '某科长',
              unitId: 'dept-market-regulation',
              position: '许可科科长',
              headsUnit: false,
            },
            description: '来信反映：企业两次申请食品经营许可现场核查，经办科室两个月未安排，也未说明理由。',
            filedOn,
            reporter: { name: '王建华', phone: '13905740000', creditCode: null, via: 'staff' },
          },
          metadata,
        );
        await this.reports.handle(
          DEMO_REPORT_ID,
          { type: 'AnswerReporter', text: '来信已收悉，正在核查，核查结果将另行答复。', by: INSPECTOR },
          metadata,
        );
        this.logger.log('Seeded a demo misconduct report');
      } catch (error) {
        // Seeded before (a restart): nothing to add.
        if (!(error instanceof DomainRejectionError)) throw error;
      }
    });
  }
}
