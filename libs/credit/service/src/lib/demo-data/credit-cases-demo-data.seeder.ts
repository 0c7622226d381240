import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CREDIT_COMMITMENT_TEXT } from '@qinqing/credit/contracts';
import {
  chinaDateOf,
  documentNumberKey,
  integrityRecordDecider,
  integrityRecordStreamId,
  type RepairApplied,
} from '@qinqing/credit/domain';
import type {
  Clock,
  CommandHandler,
  CommandMetadata,
  EventStore,
  IdGenerator,
} from '@qinqing/shared/event-sourcing';
import { CLOCK, COMMAND_HANDLER, EVENT_STORE, ID_GENERATOR } from '@qinqing/shared/nest-platform';
import { CreditCasesService } from '../application/credit-cases.service';
import { monthsBefore } from './months-before';
import { DEMO_CASE_RECORDS, type DemoCase, type DemoCaseRecord } from './demo-cases';

const OFFICER = { id: 'credit.zhao', role: 'credit-officer' } as const;
const WALK_IN = { role: 'kiosk-enterprise', id: 'kiosk-walk-in-demo' } as const;
const METADATA: CommandMetadata = { correlationId: 'credit-demo-data', actor: OFFICER };

/**
 * Records the demo case records (demo-cases.ts) and files and decides their objections and repair
 * applications as the enterprise at the kiosk and the credit officer would, through the same service the
 * endpoints use. A record already there is left alone with its cases, so a restart adds nothing. Run by
 * CreditDemoDataSeeder after the plain records and before the boards, which are drafted from them all.
 */
@Injectable()
export class CreditCasesDemoDataSeeder {
  private readonly logger = new Logger('CreditCasesDemoData');

  constructor(
    @Inject(COMMAND_HANDLER) private readonly commands: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    private readonly modules: ModuleRef,
  ) {}

  // CreditModule's own service: the demo module is mounted beside it, not inside it.
  private get cases(): CreditCasesService {
    return this.modules.get(CreditCasesService, { strict: false });
  }

  /** Resolves with the number of records seeded (with their cases). */
  async seed(): Promise<number> {
    const today = chinaDateOf(this.clock.now());
    let seeded = 0;
    for (const record of DEMO_CASE_RECORDS) {
      const streamId = integrityRecordStreamId(documentNumberKey(record.documentNumber));
      if ((await this.store.readStream(streamId)).length > 0) continue;
      await this.commands.handle(
        integrityRecordDecider,
        streamId,
        {
          type: 'RecordIntegrity',
          documentNumber: record.documentNumber,
          facts: { ...record.facts, decidedOn: monthsBefore(today, record.monthsAgo) },
          source: 'staff',
          recordedBy: OFFICER.id,
        },
        METADATA,
      );
      for (const demoCase of record.cases) await this.file(record, demoCase);
      seeded++;
    }
    if (seeded > 0)
      this.logger.log(`Seeded ${seeded} demo record(s) with objections and repair applications`);
    return seeded;
  }

  private async file(record: DemoCaseRecord, demoCase: DemoCase): Promise<void> {
    const { documentNumber } = record;
    const standing = await this.cases.recordStanding(documentNumber);
    if (demoCase.kind === 'objection') {
      const objectionId = this.ids.next();
      await this.cases.onObjection(
        objectionId,
        {
          type: 'FileObjection',
          objectionId,
          documentNumber,
          record: standing,
          creditCode: record.facts.creditCode,
          grounds: demoCase.grounds,
          evidenceReference: null,
          by: demoCase.by === 'kiosk' ? WALK_IN : { role: 'credit-officer', id: OFFICER.id },
        },
        METADATA,
      );
      const end = demoCase.then;
      if (end.outcome === 'retracted') {
        await this.cases.onObjection(
          objectionId,
          { type: 'RetractObjection', objectionId, creditCode: record.facts.creditCode, by: WALK_IN },
          METADATA,
        );
      } else if (end.outcome !== 'open') {
        await this.cases.decideObjection(
          objectionId,
          {
            outcome: end.outcome,
            reasons: end.reasons,
            changes: end.outcome === 'corrected' ? end.changes : {},
            decidedBy: OFFICER.id,
          },
          METADATA,
        );
      }
      return;
    }
    const documentKey = documentNumberKey(documentNumber);
    const result = await this.cases.onRepair(
      documentKey,
      {
        type: 'ApplyForRepair',
        documentNumber,
        documentKey,
        record: standing,
        creditCode: record.facts.creditCode,
        correctionEvidence: `罚款缴纳凭证及整改报告（演示材料 ${documentNumber}）`,
        commitment: {
          signatoryName: demoCase.signatory,
          signatoryPosition: '法定代表人',
          textVersion: CREDIT_COMMITMENT_TEXT.version,
        },
        currentCommitmentVersion: CREDIT_COMMITMENT_TEXT.version,
        by: WALK_IN,
      },
      METADATA,
    );
    const applied = result.events.find((event) => event.type === 'RepairApplied')
      ?.data as RepairApplied['data'];
    const end = demoCase.then;
    if (end.outcome === 'pending') return;
    await this.cases.decideRepair(
      applied.applicationId,
      {
        outcome: end.outcome,
        reasons: end.reasons,
        decidedBy: OFFICER.id,
      },
      METADATA,
    );
  }
}
