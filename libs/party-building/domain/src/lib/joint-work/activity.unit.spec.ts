import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { activityDecider, type RecordActivity } from './activity';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(activityDecider, { now, organisation: 'own-organisation' });
const record = (overrides: Partial<RecordActivity> = {}): RecordActivity => ({
  type: 'RecordActivity',
  activityId: 'a-1',
  organisationKind: 'enterprise',
  organisationId: '91330203ma2h5k7p7a',
  kind: 'study',
  heldOn: '2026-11-28',
  title: ' 学习党的二十届四中全会精神 ',
  participants: '12',
  recordedBy: 'party.lin',
  ...overrides,
});

describe('a party organisation’s activity', () => {
  it('is recorded per organisation with its kind, date, title and the number who took part', () => {
    given([])
      .when(record())
      .then([
        {
          type: 'ActivityRecorded',
          data: {
            activityId: 'a-1',
            organisationKind: 'enterprise',
            organisationId: '91330203MA2H5K7P7A',
            kind: 'study',
            heldOn: '2026-11-28',
            title: '学习党的二十届四中全会精神',
            participants: 12,
            recordedBy: 'party.lin',
          },
        },
      ]);
    given([])
      .when(record({ organisationKind: 'joint-branch', organisationId: 'jb-1', kind: 'theme-day' }), {
        organisation: 'exists',
      })
      .thenEvents((events) => expect(events[0]?.data.organisationId).toBe('jb-1'));
  });

  it('refuses an organisation not recorded, an enterprise without its own, and bad values, naming the field', () => {
    given([]).when(record(), { organisation: 'unknown' }).thenRejects('organisation-not-found', 'not-found');
    given([])
      .when(record(), { organisation: 'no-own-organisation' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ code: 'no-own-organisation', field: 'organisationId' }),
      );
    given([])
      .when(record({ organisationKind: 'club' }))
      .thenRejectsWith((e) => expect(e.field).toBe('organisationKind'));
    given([])
      .when(record({ kind: 'party' }))
      .thenRejectsWith((e) => expect(e.field).toBe('kind'));
    given([])
      .when(record({ heldOn: '2026-12-03' }))
      .thenRejects('date-in-future');
    given([])
      .when(record({ participants: 0 }))
      .thenRejectsWith((e) => expect(e.field).toBe('participants'));
    given([])
      .when(record({ participants: '张三' }))
      .thenRejectsWith((e) => expect(e.field).toBe('participants'));
    given([])
      .when(record({ title: '' }))
      .thenRejectsWith((e) => expect(e.field).toBe('title'));
    given([])
      .when(record({ organisationId: '123' }))
      .thenRejectsWith((e) => expect(e.field).toBe('organisationId'));
  });
});
