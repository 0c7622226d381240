import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  liaisonVisitRequestId,
  PROBLEM_CONTACT_SEAL_PURPOSE,
  type ProblemContact,
  problemContactSchema,
  SymposiumProblemRaisedV1,
  SymposiumProblemRaisedV2,
  VisitProblemRaisedV1,
  VisitProblemRaisedV2,
} from '@qinqing/liaison/contracts';
import type { CloudEvent, IntegrationEventData } from '@qinqing/shared/contracts-kit';
import {
  DomainRejectionError,
  type FieldSeal,
  type SqlDatabase,
  type SqlExecutor,
} from '@qinqing/shared/event-sourcing';
import {
  EventConsumer,
  FIELD_SEAL,
  IntegrationEventContext,
  IntegrationEventPattern,
  Leadership,
  PeriodicPass,
  SQL_DATABASE,
} from '@qinqing/shared/nest-platform';
import { RequestCommandsService } from '../../application/request-commands.service';
import { newReceiptCode } from '../../application/receipt-code';

export const LIAISON_VISIT_PROBLEMS_CONSUMER = 'appeals.liaison-visit-problems';

/** Who files these requests, in event metadata: the platform on the visit's behalf. */
const FILER = 'liaison-visit-problems';

/**
 * A problem raised on liaison's side, whatever raised it: a visit (channel 挂钩走访, the official's unit first
 * receiver) or a symposium with enterprises (channel 座谈会/联席会议, the convening unit first receiver).
 */
interface RaisedProblem {
  readonly problemId: string;
  readonly origin: 'liaison-visit' | 'liaison-symposium';
  readonly enterpriseCreditCode: string;
  readonly enterpriseName: string;
  readonly receivingUnitId: string;
  readonly title: string;
  readonly description: string;
  readonly contact: { readonly name: string; readonly phone: string };
}

type VisitProblem =
  IntegrationEventData<typeof VisitProblemRaisedV1> | IntegrationEventData<typeof VisitProblemRaisedV2>;
type SymposiumProblem =
  | IntegrationEventData<typeof SymposiumProblemRaisedV1>
  | IntegrationEventData<typeof SymposiumProblemRaisedV2>;

const fromVisit = (data: VisitProblem, contact: ProblemContact): RaisedProblem => ({
  problemId: data.problemId,
  origin: 'liaison-visit',
  enterpriseCreditCode: data.enterpriseCreditCode,
  enterpriseName: data.enterpriseName,
  receivingUnitId: data.officialUnitId,
  title: data.title,
  description: data.description,
  contact,
});

const fromSymposium = (data: SymposiumProblem, contact: ProblemContact): RaisedProblem => ({
  problemId: data.problemId,
  origin: 'liaison-symposium',
  enterpriseCreditCode: data.enterpriseCreditCode,
  enterpriseName: data.enterpriseName,
  receivingUnitId: data.convenerUnitId,
  title: data.title,
  description: data.description,
  contact,
});

/**
 * The contact of a problem: sealed on v2 (opened with the platform's key; a value no key held opens throws, so
 * the bus retries and then dead-letters it rather than open a request nobody can call back), in clear on the
 * retired v1 messages still on the topic.
 */
const contactOf = (seal: FieldSeal, data: VisitProblem | SymposiumProblem): ProblemContact =>
  'sealedContact' in data
    ? problemContactSchema.parse(JSON.parse(seal.open(PROBLEM_CONTACT_SEAL_PURPOSE, data.sealedContact)))
    : data.contact;

const INTAKE_DDL = [
  `CREATE TABLE IF NOT EXISTS appeals_liaison_problem_intake (
     problem_id text PRIMARY KEY,
     problem jsonb NOT NULL,
     correlation_id text NOT NULL,
     causation_id text NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now(),
     submitted_at timestamptz
   )`,
  `CREATE INDEX IF NOT EXISTS appeals_liaison_problem_intake_pending
     ON appeals_liaison_problem_intake (received_at) WHERE submitted_at IS NULL`,
];

const setupIntake = async (db: SqlExecutor): Promise<void> => {
  for (const statement of INTAKE_DDL) await db.query(statement);
};

/**
 * Each problem an official raised on a visit (liaison's `visit-problem.raised.v2`, the contact sealed; the
 * retired v1 still read) or a symposium raised (`symposium-problem.raised.v2`) becomes an enterprise request
 * (DOMAIN.md §1): channel `liaison-visit`, the official's unit as first receiver (首问), the visit as its origin.
 *
 * In two steps, because a command appends in the event store's own transaction, which cannot nest in the
 * consumer's (PGlite has one connection; on PostgreSQL it would be a second, uncoordinated transaction):
 * the consumer only records the problem in `appeals_liaison_problem_intake`, in the inbox's transaction
 * (exactly once); `LiaisonProblemIntake` then submits each pending problem as a command. The request's id is
 * `liaisonVisitRequestId(problemId)` and the command carries the idempotency key `liaison-visit-problem:<id>`,
 * so submitting twice (a crash before the row was marked, two processes) opens one request.
 */
@EventConsumer(LIAISON_VISIT_PROBLEMS_CONSUMER)
export class LiaisonVisitProblemsConsumer implements OnModuleInit {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(FIELD_SEAL) private readonly seal: FieldSeal,
  ) {}

  onModuleInit(): Promise<void> {
    return setupIntake(this.db);
  }

  @IntegrationEventPattern(VisitProblemRaisedV2)
  async raised(
    @Payload() event: CloudEvent<IntegrationEventData<typeof VisitProblemRaisedV2>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.record(fromVisit(event.data, contactOf(this.seal, event.data)), event, context);
  }

  /** Retired v1 (contact in clear): the messages already on the topic still open their requests. */
  @IntegrationEventPattern(VisitProblemRaisedV1)
  async raisedV1(
    @Payload() event: CloudEvent<IntegrationEventData<typeof VisitProblemRaisedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.record(fromVisit(event.data, contactOf(this.seal, event.data)), event, context);
  }

  @IntegrationEventPattern(SymposiumProblemRaisedV2)
  async raisedAtSymposium(
    @Payload() event: CloudEvent<IntegrationEventData<typeof SymposiumProblemRaisedV2>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.record(fromSymposium(event.data, contactOf(this.seal, event.data)), event, context);
  }

  @IntegrationEventPattern(SymposiumProblemRaisedV1)
  async raisedAtSymposiumV1(
    @Payload() event: CloudEvent<IntegrationEventData<typeof SymposiumProblemRaisedV1>>,
    @Ctx() context: IntegrationEventContext,
  ): Promise<void> {
    await this.record(fromSymposium(event.data, contactOf(this.seal, event.data)), event, context);
  }

  private async record(
    problem: RaisedProblem,
    event: CloudEvent<unknown>,
    context: IntegrationEventContext,
  ): Promise<void> {
    await context.getTransaction().query(
      `INSERT INTO appeals_liaison_problem_intake (problem_id, problem, correlation_id, causation_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (problem_id) DO NOTHING`,
      [problem.problemId, JSON.stringify(problem), event.correlationid ?? event.id, event.id],
    );
  }
}

/** Submits the pending visit and symposium problems as requests: every second, and whenever a test or seeder asks. */
@Injectable()
export class LiaisonProblemIntake implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LiaisonProblemIntake');
  private readonly timer: PeriodicPass;
  private running: Promise<number> | null = null;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly requests: RequestCommandsService,
    leadership: Leadership,
  ) {
    this.timer = new PeriodicPass(() => this.submitPending(), this.logger, leadership.schedulers);
  }

  onApplicationBootstrap(): void {
    this.timer.start(1_000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.timer.stop();
    await this.running?.catch(() => 0);
  }

  /** One pass (joined when one is running); resolves with the number of problems submitted. */
  submitPending(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const { rows } = await this.db.query<{
      problem: RaisedProblem | string;
      correlation_id: string;
      causation_id: string;
    }>(
      `SELECT problem, correlation_id, causation_id FROM appeals_liaison_problem_intake
       WHERE submitted_at IS NULL ORDER BY received_at LIMIT 100`,
    );
    let submitted = 0;
    for (const row of rows) {
      const problem = (
        typeof row.problem === 'string' ? JSON.parse(row.problem) : row.problem
      ) as RaisedProblem;
      await this.submit(problem, row.correlation_id, row.causation_id);
      await this.db.query(
        'UPDATE appeals_liaison_problem_intake SET submitted_at = now() WHERE problem_id = $1',
        [problem.problemId],
      );
      submitted++;
    }
    return submitted;
  }

  private async submit(problem: RaisedProblem, correlationId: string, causationId: string): Promise<void> {
    const requestId = liaisonVisitRequestId(problem.problemId);
    try {
      await this.requests.execute(
        requestId,
        {
          type: 'SubmitRequest',
          requestId,
          receiptCode: newReceiptCode(),
          enterprise: { creditCode: problem.enterpriseCreditCode, name: problem.enterpriseName },
          contact: problem.contact,
          category: 'other',
          priority: 'normal',
          title: problem.title,
          description: problem.description,
          channel: problem.origin === 'liaison-visit' ? 'liaison-visit' : 'joint-meeting',
          receivingUnitId: problem.receivingUnitId,
          origin: { kind: problem.origin, id: problem.problemId },
          by: { kind: 'unit-staff', staffId: FILER, unitId: problem.receivingUnitId },
        },
        {
          correlationId,
          causationId,
          actor: { id: FILER, role: 'system' },
          idempotencyKey: `liaison-visit-problem:${problem.problemId}`,
        },
      );
    } catch (error) {
      // Submitted already (the idempotency record or the stream says so): nothing more to do.
      if (error instanceof DomainRejectionError && error.error.code === 'request-already-submitted') return;
      throw error;
    }
  }
}
