import type { IntegrationEventMapper, LogCursor, RecordedEvent } from '@qinqing/shared/event-sourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * Every domain event type of a union, listed through a record keyed by them: a type added to the union and
 * not listed here (or listed and not in it) is a type error, so the list cannot fall behind the domain.
 */
export const everyEventType = <Event extends { readonly type: string }>(types: {
  readonly [Type in Event['type']]: true;
}): readonly Event['type'][] => Object.keys(types) as Event['type'][];

export interface MapperEventTypesCase {
  /** Every domain event type the context defines (`everyEventType` over the unions of its aggregates). */
  readonly contextEventTypes: readonly string[];
  /** A stream id of each of the context's aggregates: mappers tell events apart by stream first. */
  readonly streamIds: readonly string[];
}

/**
 * Data that is whatever a mapper asks of it: each property, call result and element (a list of it holds one)
 * is again such a value; as a string or number it reads '1'. A mapper that gives a type a public form gets past its checks with it (and
 * then builds a public event, or throws when its schema refuses the stand-in); one that keeps the type
 * private returns null without looking.
 */
const standIn: unknown = new Proxy(() => undefined, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive) return () => '1';
    if (key === Symbol.iterator)
      return function* () {
        yield standIn;
      };
    if (key === 'then') return undefined;
    return standIn;
  },
  apply: () => standIn,
});

const STAFF_ACTORS = ['service-staff', 'department-handler', 'supervisor', 'administrator'];
const OTHER_ACTORS = ['enterprise', 'system', 'consumer', 'kiosk'];

const probe = (
  type: string,
  streamId: string,
  actorId: string | null,
  actorRole: string | null,
): RecordedEvent =>
  ({
    eventId: '01960000-0000-7000-8000-0000000000f1',
    type,
    schemaVersion: 1,
    data: standIn,
    metadata: {
      correlationId: 'c',
      causationId: null,
      actorId,
      actorRole,
      occurredAt: '2026-06-01T02:00:00.000Z',
    },
    streamId,
    streamRevision: 0,
    globalPosition: 1n,
    cursor: '1:1' as LogCursor,
    recordedAt: new Date('2026-06-01T02:00:00.000Z'),
  }) as RecordedEvent;

/** Whether the mapper gives the event a public form: null is no; a public event, or a throw on the stand-in, yes. */
const mapsToSomething = (mapper: IntegrationEventMapper, event: RecordedEvent): boolean => {
  try {
    return mapper.map(event) !== null;
  } catch {
    return true;
  }
};

/**
 * The contract of a mapper's `eventTypes` (followers of the log read only those types in full, so a type the
 * mapper maps but does not declare would never be published): every type of the context it does not declare
 * maps to null on every stream of the context, whoever acted and whatever the data; every type it declares is
 * one of the context's and maps to a public event on some stream.
 */
export const describeMapperEventTypes = (
  name: string,
  mapper: IntegrationEventMapper,
  { contextEventTypes, streamIds }: MapperEventTypesCase,
): void => {
  describe(`${name}: the domain event types it declares`, () => {
    const declared = mapper.eventTypes ?? [];
    const undeclared = contextEventTypes.filter((type) => !declared.includes(type));

    it('declares them, each a type of its context', () => {
      expect(mapper.eventTypes).toBeDefined();
      expect(declared.filter((type) => !contextEventTypes.includes(type))).toEqual([]);
    });

    it('maps every type it does not declare to nothing, on every stream, whoever acted', () => {
      expect(
        undeclared.flatMap((type) =>
          streamIds
            .flatMap((streamId) =>
              [...STAFF_ACTORS, ...OTHER_ACTORS].map((role) => probe(type, streamId, 'u1', role)),
            )
            .filter((event) => mapsToSomething(mapper, event))
            .map((event) => `${event.type} on ${event.streamId} by ${event.metadata.actorRole}`),
        ),
      ).toEqual([]);
      if (undeclared.length === 0) return;
      fc.assert(
        fc.property(
          fc.constantFrom(...undeclared),
          fc.constantFrom(...streamIds),
          fc.option(fc.string(), { nil: null }),
          fc.option(fc.constantFrom(...STAFF_ACTORS, ...OTHER_ACTORS), { nil: null }),
          (type, streamId, actorId, actorRole) =>
            !mapsToSomething(mapper, probe(type, streamId, actorId, actorRole)),
        ),
      );
    });

    it('maps every type it declares to a public event on a stream of its context', () => {
      expect(
        declared.filter(
          (type) =>
            !streamIds.some((streamId) =>
              STAFF_ACTORS.some((role) => mapsToSomething(mapper, probe(type, streamId, 'u1', role))),
            ),
        ),
      ).toEqual([]);
    });
  });
};
