import { deciderSpecification } from '@qinqing/shared/testing';
import { describe, expect, it } from 'vitest';
import { chamberOrganisationDecider, type RecordChamberOrganisation } from './chamber-organisation';
import { pairingDecider, type PairingStarted, type StartPairing } from './pairing';

const now = new Date('2026-12-02T02:00:00.000Z');

describe('a chamber of commerce’s party organisation (Kunshan 四(5))', () => {
  const given = deciderSpecification(chamberOrganisationDecider, { now });
  const record = (overrides: Partial<RecordChamberOrganisation> = {}): RecordChamberOrganisation => ({
    type: 'RecordChamberOrganisation',
    chamberOrganisationId: 'c-1',
    chamberName: ' 宁波市温州商会 ',
    chamberKind: 'regional',
    organisationType: 'branch-committee',
    fullMembers: 9,
    probationaryMembers: '1',
    memberEnterprises: 320,
    superiorOrganisation: '中共宁波市工商联党组',
    recordedBy: 'party.lin',
    ...overrides,
  });

  it('records the chamber, its organisation’s type and counts, and its member enterprises', () => {
    given([])
      .when(record())
      .then([
        {
          type: 'ChamberOrganisationRecorded',
          data: {
            chamberOrganisationId: 'c-1',
            chamberName: '宁波市温州商会',
            chamberKind: 'regional',
            organisationType: 'branch-committee',
            fullMembers: 9,
            probationaryMembers: 1,
            memberEnterprises: 320,
            superiorOrganisation: '中共宁波市工商联党组',
            recordedBy: 'party.lin',
            recordedOn: '2026-12-02',
          },
        },
      ]);
  });

  it('refuses a type the counts cannot have, an unknown kind, bad counts, naming the field', () => {
    given([])
      .when(record({ fullMembers: 5 }))
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({
          code: 'organisation-not-possible',
          field: 'organisationType',
          rule: { rule: 'branch-committee' },
        }),
      );
    given([])
      .when(record({ organisationType: 'joint-branch' }))
      .thenRejectsWith((e) => expect(e.field).toBe('organisationType'));
    given([])
      .when(record({ chamberKind: 'guild' }))
      .thenRejectsWith((e) => expect(e.field).toBe('chamberKind'));
    given([])
      .when(record({ memberEnterprises: 0 }))
      .thenRejectsWith((e) => expect(e.field).toBe('memberEnterprises'));
    given([])
      .when(record({ probationaryMembers: -1 }))
      .thenRejectsWith((e) => expect(e.field).toBe('probationaryMembers'));
    given([])
      .when(record({ chamberName: '' }))
      .thenRejectsWith((e) => expect(e.field).toBe('chamberName'));
  });
});

describe('a 四联四帮 pairing (Jinjiang 三(一))', () => {
  const given = deciderSpecification(pairingDecider, { now });
  const start = (overrides: Partial<StartPairing> = {}): StartPairing => ({
    type: 'StartPairing',
    pairingId: 'p-1',
    branchName: '市经信局机关第一党支部',
    department: '宁波市经济和信息化局',
    enterprises: ['91330203ma2jb0016g', '91330203MA2JB0024B'],
    startedOn: '2026-03-01',
    endsOn: '2027-02-28',
    recordedBy: 'party.lin',
    ...overrides,
  });
  const started: PairingStarted = {
    type: 'PairingStarted',
    data: {
      pairingId: 'p-1',
      branchName: '市经信局机关第一党支部',
      department: '宁波市经济和信息化局',
      enterprises: ['91330203MA2JB0016G', '91330203MA2JB0024B'],
      startedOn: '2026-03-01',
      endsOn: '2027-02-28',
      recordedBy: 'party.lin',
    },
  };

  it('pairs a department’s branch with enterprises from a start date, and ends once', () => {
    given([]).when(start()).then([started]);
    given([started])
      .when({ type: 'EndPairing', endedOn: '2026-11-30', recordedBy: 'party.lin' })
      .then([
        { type: 'PairingEnded', data: { pairingId: 'p-1', endedOn: '2026-11-30', recordedBy: 'party.lin' } },
      ]);
    given([
      started,
      { type: 'PairingEnded', data: { pairingId: 'p-1', endedOn: '2026-11-30', recordedBy: 'p' } },
    ])
      .when({ type: 'EndPairing', endedOn: '2026-12-01', recordedBy: 'party.lin' })
      .thenRejects('already-ended');
    given([])
      .when({ type: 'EndPairing', endedOn: '2026-12-01', recordedBy: 'p' })
      .thenRejects('pairing-not-found', 'not-found');
  });

  it('refuses no enterprise or more than twenty, a code named twice, an end before the start, naming the field', () => {
    given([])
      .when(start({ enterprises: [] }))
      .thenRejectsWith((e) => expect(e.field).toBe('enterprises'));
    given([])
      .when(start({ enterprises: ['91330203MA2JB0016G', '91330203ma2jb0016g'] }))
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ code: 'duplicate-enterprise', field: 'enterprises.1' }),
      );
    given([])
      .when(start({ enterprises: ['123'] }))
      .thenRejectsWith((e) => expect(e.field).toBe('enterprises.0'));
    given([])
      .when(start({ endsOn: '2026-02-01' }))
      .thenRejectsWith((e) => expect(e.field).toBe('endsOn'));
    given([])
      .when(start({ startedOn: '2027-01-01' }))
      .thenRejects('date-in-future');
    given([started])
      .when({ type: 'EndPairing', endedOn: '2026-01-01', recordedBy: 'p' })
      .thenRejectsWith((e) =>
        expect(e).toMatchObject({ code: 'end-before-start', rule: { rule: 'four-links-four-helps' } }),
      );
  });
});
