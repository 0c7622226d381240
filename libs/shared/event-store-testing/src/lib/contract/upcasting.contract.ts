import { eventually } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { UnknownSchemaVersionError, type RecordedEvent } from '@qinqing/shared/event-sourcing';
import {
  collectFromLog,
  eventMetadata,
  newEvent,
  newId,
  rejectionOf,
  tailCursor,
  uniqueStreamId,
} from './contract-fixtures';
import { GREETED, PARTED, type ContractStores } from './contract-stores';

const greetedV2 = { fullName: 'Wang Fang', formal: false };

/** The v1 event as the upcasting store must show it: only type, data and version change. */
const asUpcast = (stored: RecordedEvent): RecordedEvent => ({ ...stored, schemaVersion: 2, data: greetedV2 });

/**
 * Must run last: it leaves an event of a schema version newer than the suite's stores know in the log,
 * and reading the log across it fails from then on, as it should.
 */
export const upcastingContract = (stores: () => ContractStores): void => {
  describe('upcasting', () => {
    it('reads events written at an old schema version at the current one, everywhere', async () => {
      const { plain, upcasting } = stores();
      const start = await tailCursor(plain);
      const streamId = uniqueStreamId('upcast');
      const idempotencyKey = `contract-upcast-${newId()}`;
      const metadata = eventMetadata({ idempotencyKey });
      const written = await plain.appendToStream(
        streamId,
        [
          newEvent(GREETED, { name: 'Wang Fang' }, { metadata }),
          newEvent('ContractUnversioned', { kept: true }, { metadata }),
        ],
        { expectedRevision: 'no_stream', idempotencyKey },
      );
      const [greeted, unversioned] = written.events as [RecordedEvent, RecordedEvent];
      expect(greeted).toMatchObject({ schemaVersion: 1, data: { name: 'Wang Fang' } });

      const expected = [asUpcast(greeted), unversioned];
      expect(await upcasting.readStream(streamId)).toEqual(expected);
      expect(await collectFromLog(upcasting, start, new Set([streamId]), 2)).toEqual(expected);
      expect(await upcasting.findByIdempotencyKey(idempotencyKey)).toEqual(expected);
      // Stored history is never rewritten.
      expect(await plain.readStream(streamId)).toEqual(written.events);

      const appended = await upcasting.appendToStream(streamId, [newEvent(GREETED, { name: 'Wang Fang' })], {
        expectedRevision: 1,
      });
      expect(appended.events[0]).toMatchObject({ schemaVersion: 2, data: greetedV2, streamRevision: 2 });
    });

    it('refuses an event of a newer schema version than the upcasters know', async () => {
      const { upcasting, futureWriter } = stores();
      const start = await tailCursor(upcasting);
      const streamId = uniqueStreamId('future');
      await futureWriter.appendToStream(
        streamId,
        [newEvent(PARTED, { farewell: true }, { schemaVersion: 3 })],
        {
          expectedRevision: 'no_stream',
        },
      );

      const fromStream = await rejectionOf(upcasting.readStream(streamId));
      const fromLog = await eventually(
        async () => {
          try {
            await upcasting.readAll({ after: start });
            return undefined;
          } catch (error) {
            return error;
          }
        },
        20_000,
        undefined,
        10,
      );

      for (const error of [fromStream, fromLog]) {
        expect(error).toBeInstanceOf(UnknownSchemaVersionError);
        expect(error).toMatchObject({ eventType: PARTED, schemaVersion: 3 });
      }
    });
  });
};
