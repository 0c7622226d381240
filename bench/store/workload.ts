import { randomUUID } from 'node:crypto';
import { accept, type Decider, type DomainEvent } from '@qinqing/shared/domain-kernel';
import type { CommandMetadata, EventMetadata } from '@qinqing/shared/event-sourcing';

/** Serialised size the payload of every event is padded to. */
export const EVENT_DATA_BYTES = 1024;
/** Commands a writer sends to one stream before it moves on to a fresh one. */
export const COMMANDS_PER_STREAM = 10;

export const EVENT_TYPE = 'bench.ItemRecorded';

export interface ItemRecordedData {
  readonly sequence: number;
  readonly enterpriseId: string;
  readonly officerId: string;
  readonly category: string;
  readonly amountCents: number;
  readonly tags: readonly string[];
  readonly note: string;
}

export type ItemRecorded = DomainEvent<typeof EVENT_TYPE, ItemRecordedData>;

/** Record `count` items: the decider answers with `count` events of about 1 KB each. */
export interface RecordItems {
  readonly type: 'RecordItems';
  readonly count: number;
}

export interface LedgerState {
  readonly recorded: number;
  readonly totalCents: number;
}

const ENTERPRISE_ID = '0190a4c2-6f1e-7a55-9d3b-5a1f0c2e4b7d';
const OFFICER_ID = '0190a4c2-6f1e-7a55-9d3b-0c8e2d1f3a6b';
const TAGS = ['inspection', 'follow-up', 'district-7'] as const;

const unpadded = (sequence: number, note: string): ItemRecordedData => ({
  sequence,
  enterpriseId: ENTERPRISE_ID,
  officerId: OFFICER_ID,
  category: 'service-visit',
  amountCents: sequence * 100,
  tags: TAGS,
  note,
});

/** Filler that brings the JSON of a typical event (a 4-digit sequence) to EVENT_DATA_BYTES. */
const NOTE = ((): string => {
  const overhead = Buffer.byteLength(JSON.stringify(unpadded(1000, '')));
  const words = 'Visited the enterprise on site, reviewed the open request and agreed next steps. ';
  return words.repeat(Math.ceil(EVENT_DATA_BYTES / words.length)).slice(0, EVENT_DATA_BYTES - overhead);
})();

export const itemData = (sequence: number): ItemRecordedData => unpadded(sequence, NOTE);

/** A small, realistic decider: state is folded from every event of the stream, as real aggregates do. */
export const ledger: Decider<RecordItems, ItemRecorded, LedgerState> = {
  initialState: () => ({ recorded: 0, totalCents: 0 }),
  evolve: (state, event) => ({
    recorded: event.data.sequence + 1,
    totalCents: state.totalCents + event.data.amountCents,
  }),
  decide: (command, state) =>
    accept(
      ...Array.from({ length: command.count }, (_, i): ItemRecorded => ({
        type: EVENT_TYPE,
        data: itemData(state.recorded + i),
      })),
    ),
};

const ACTOR = { id: '0190a4c2-6f1e-7a55-9d3b-7e6f5a4b3c2d', role: 'officer' } as const;

/** What the kernel gets with every command (no idempotency key: the raw rows carry NULL there too). */
export const commandMetadata = (): CommandMetadata => ({ correlationId: randomUUID(), actor: ACTOR });

/** The event metadata CommandHandler derives from commandMetadata(), for the raw inserts. */
export const eventMetadata = (command: CommandMetadata, now: Date): EventMetadata => ({
  correlationId: command.correlationId,
  causationId: command.causationId ?? null,
  actorId: command.actor.id,
  actorRole: command.actor.role,
  occurredAt: now.toISOString(),
});

/**
 * A writer's walk over its own streams: COMMANDS_PER_STREAM commands to each, then a fresh stream. The
 * revision is tracked for the raw writer, which has no store to ask.
 */
export class StreamCycle {
  private stream = 0;
  private commandsInStream = 0;
  private revision = -1;

  constructor(private readonly prefix: string) {}

  /** The stream of the next command and the revision of its last event (-1: new stream). */
  next(): { readonly streamId: string; readonly revision: number } {
    if (this.commandsInStream === COMMANDS_PER_STREAM) {
      this.stream++;
      this.commandsInStream = 0;
      this.revision = -1;
    }
    this.commandsInStream++;
    return { streamId: `${this.prefix}-${this.stream}`, revision: this.revision };
  }

  /** Records that the last command appended `count` events. */
  appended(count: number): void {
    this.revision += count;
  }
}
