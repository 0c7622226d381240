import { describe, expect, it } from 'vitest';
import { DuplicateEventIdError, IdempotencyKeyUsedError } from '@qinqing/shared/event-sourcing';
import {
  collectFromLog,
  eventMetadata,
  newEvent,
  newId,
  numberedEvents,
  rejectionOf,
  tailCursor,
  uniqueStreamId,
} from './contract-fixtures';
import type { EventStoreLimitations } from '../event-store-contract-subject';
import type { ContractStores } from './contract-stores';

export const idempotencyContract = (
  stores: () => ContractStores,
  limitations: EventStoreLimitations = {},
): void => {
  describe('idempotent appends', () => {
    it('answers a re-append of the same events with the stored events and appends nothing', async () => {
      const { plain } = stores();
      const start = await tailCursor(plain);
      const streamId = uniqueStreamId('reappend');
      const created = numberedEvents(2, 'created');
      const continued = numberedEvents(1, 'continued');

      const first = await plain.appendToStream(streamId, created, { expectedRevision: 'no_stream' });
      const retried = await plain.appendToStream(streamId, created, { expectedRevision: 'no_stream' });
      const next = await plain.appendToStream(streamId, continued, { expectedRevision: 1 });
      const nextRetried = await plain.appendToStream(streamId, continued, { expectedRevision: 1 });

      expect(retried).toEqual(first);
      expect(nextRetried).toEqual(next);
      const stream = await plain.readStream(streamId);
      expect(stream).toEqual([...first.events, ...next.events]);
      const log = await collectFromLog(plain, start, new Set([streamId]), 3);
      expect(log.map((event) => event.eventId)).toEqual([...created, ...continued].map((e) => e.eventId));
    });

    const crossStream = limitations.eventIdsUniqueAcrossStreams;
    (crossStream === undefined ? it : it.skip)(
      crossStream === undefined
        ? 'refuses the same event ids on another stream'
        : `refuses the same event ids on another stream — SKIPPED: ${crossStream.missingBecause}`,
      async () => {
        const { plain } = stores();
        const events = numberedEvents(2);
        await plain.appendToStream(uniqueStreamId('ids-first'), events, { expectedRevision: 'no_stream' });
        const elsewhere = uniqueStreamId('ids-elsewhere');

        const error = await rejectionOf(
          plain.appendToStream(elsewhere, events, { expectedRevision: 'no_stream' }),
        );

        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect(await plain.readStream(elsewhere)).toEqual([]);
      },
    );
  });

  describe('idempotency keys', () => {
    it('refuses a second append with a used key and finds the first append by it', async () => {
      const { plain } = stores();
      const idempotencyKey = `contract-command-${newId()}`;
      const metadata = eventMetadata({ idempotencyKey });
      const streamId = uniqueStreamId('key');
      const other = uniqueStreamId('key-other');
      const first = await plain.appendToStream(
        streamId,
        [
          newEvent('ContractKeyed', { n: 1 }, { metadata }),
          newEvent('ContractKeyed', { n: 2 }, { metadata }),
        ],
        { expectedRevision: 'no_stream', idempotencyKey },
      );

      const onOtherStream = await rejectionOf(
        plain.appendToStream(other, [newEvent('ContractKeyed', { n: 3 }, { metadata })], {
          expectedRevision: 'no_stream',
          idempotencyKey,
        }),
      );
      const onSameStream = await rejectionOf(
        plain.appendToStream(streamId, [newEvent('ContractKeyed', { n: 4 }, { metadata })], {
          expectedRevision: 1,
          idempotencyKey,
        }),
      );

      for (const error of [onOtherStream, onSameStream]) {
        expect(error).toBeInstanceOf(IdempotencyKeyUsedError);
        expect(error).toMatchObject({ idempotencyKey });
      }
      expect(await plain.readStream(other)).toEqual([]);
      expect(await plain.readStream(streamId)).toEqual(first.events);
      expect(await plain.findByIdempotencyKey(idempotencyKey)).toEqual(first.events);
      expect(first.events.map((event) => event.metadata.idempotencyKey)).toEqual([
        idempotencyKey,
        idempotencyKey,
      ]);
    });

    it('knows nothing of a key never used', async () => {
      expect(await stores().plain.findByIdempotencyKey(`contract-unused-${newId()}`)).toBeNull();
    });
  });
};
