import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { type OpenRecord, RECORD_TITLE_MAX, recordDecider } from './record.decide';
import type { RecordOpened } from './record.events';
import { recordIdOfStream, recordStreamId } from './record.stream';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(recordDecider, { now });

const open: OpenRecord = {
  type: 'OpenRecord',
  recordId: 'first',
  title: '  第一条 ',
  openedBy: 'staff-1',
};

const opened: RecordOpened = {
  type: 'RecordOpened',
  data: { recordId: 'first', title: '第一条', openedBy: 'staff-1', openedAt: now.toISOString() },
};

describe('record', () => {
  it('is opened with a trimmed title, at the time of the decision', () => {
    given([]).when(open).then([opened]);
  });

  it('is opened once', () => {
    given([opened]).when(open).thenRejects('record-exists', 'conflict');
  });

  it('refuses a blank title, naming the field in both languages', () => {
    given([])
      .when({ ...open, title: ' \n ' })
      .thenRejectsWith((error) => {
        expect(error).toMatchObject({ kind: 'validation', code: 'invalid-record-title', field: 'title' });
        expect(error.message.zh).toContain('标题');
        expect(error.message.en).toContain('title');
      });
  });

  it(`takes a title of ${RECORD_TITLE_MAX} characters, CJK counted as people read them, and refuses a longer one`, () => {
    const longest = '亲'.repeat(RECORD_TITLE_MAX);
    given([])
      .when({ ...open, title: longest })
      .thenEvents((events) => expect(events[0]?.data.title).toBe(longest));
    given([])
      .when({ ...open, title: `${longest}清` })
      .thenRejects('invalid-record-title', 'validation');
  });

  it('has one stream per record, and knows its own streams from others', () => {
    expect(recordIdOfStream(recordStreamId('first'))).toBe('first');
    expect(recordIdOfStream('appeals-request-first')).toBeNull();
  });
});
