import { createOfficialWorkingDayCalendar } from '@qinqing/calendar/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationFormFor } from '../organisation-form/organisation-form';
import { isInPlace, organisationDecider, type OrganisationInput, termEndOf } from './organisation.decide';
import type { OrganisationEvent } from './organisation.events';
import {
  DEFAULT_TERM_YEARS,
  ORGANISATION_TYPES,
  OWN_ORGANISATION_TYPES,
  type OrganisationType,
} from './organisation.values';

const now = new Date('2026-12-02T02:00:00.000Z');
const context = {
  now,
  calendar: createOfficialWorkingDayCalendar(),
  alertWorkingDays: 30,
  termYears: DEFAULT_TERM_YEARS,
};

const inputFor = (
  type: OrganisationType,
  fullMembers: number,
  probationaryMembers: number,
): OrganisationInput => {
  const own = OWN_ORGANISATION_TYPES.includes(type);
  return {
    creditCode: '91330203MA2H5K7P7A',
    enterpriseName: '宁波海曙甬创智能制造有限公司',
    fullMembers,
    probationaryMembers,
    type,
    foundedOn: own ? '2020-01-01' : null,
    superiorOrganisation: type === 'none' ? null : '上级党组织',
    secretary: null,
    instructor: null,
    termStartedOn: own ? '2024-01-01' : null,
    union: false,
    youthLeague: false,
  };
};

const change = fc.record({
  type: fc.constantFrom(...ORGANISATION_TYPES),
  fullMembers: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 120 })),
  probationaryMembers: fc.integer({ min: 0, max: 60 }),
});

describe('organisation record properties', () => {
  it('under any sequence of recorded changes, each record keeps what the counts require and whether it is met', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        let state = organisationDecider.initialState();
        for (const c of changes) {
          const decision = organisationDecider.decide(
            {
              type: 'RecordOrganisation',
              organisation: inputFor(c.type, c.fullMembers, c.probationaryMembers),
              recordedBy: 'p',
            },
            state,
            context,
          );
          if (decision.outcome !== 'accepted') continue;
          const events = decision.events as readonly OrganisationEvent[];
          for (const event of events) state = organisationDecider.evolve(state, event);
          for (const event of events) {
            if (event.type !== 'OrganisationRecorded') continue;
            const form = organisationFormFor(event.data);
            expect(event.data.requiredForm).toBe(form.form);
            expect(event.data.mayAlsoForm).toEqual(form.mayAlsoForm);
            expect(event.data.inPlace).toBe(isInPlace(event.data.type, form));
            // An alert is open exactly while the organisation falls short.
            expect(state.status === 'recorded' && state.alert !== null).toBe(!event.data.inPlace);
            // A record never claims a form its counts cannot have.
            if (event.data.type === 'branch') expect(event.data.fullMembers).toBeGreaterThanOrEqual(3);
            if (event.data.type === 'branch-committee')
              expect(event.data.fullMembers).toBeGreaterThanOrEqual(7);
          }
        }
      }),
    );
  });

  it('never assesses an enterprise with three or more full members and no own organisation as in place', () => {
    fc.assert(
      fc.property(change, (c) => {
        const form = organisationFormFor(c);
        if (c.fullMembers >= 3 && !OWN_ORGANISATION_TYPES.includes(c.type))
          expect(isInPlace(c.type, form)).toBe(false);
        if (c.fullMembers < 3) expect(isInPlace(c.type, form)).toBe(true);
      }),
    );
  });

  it('takes the explicit term when given, else the setting by type, always three to five years', () => {
    const years = fc.integer({ min: 3, max: 5 });
    fc.assert(
      fc.property(
        fc.record({ branch: years, generalBranch: years, primaryCommittee: years }),
        fc.option(years, { nil: null }),
        fc.constantFrom(...OWN_ORGANISATION_TYPES),
        (setting, explicit, type) => {
          const decision = organisationDecider.decide(
            {
              type: 'RecordOrganisation',
              organisation: { ...inputFor(type, 120, 0), termYears: explicit },
              recordedBy: 'p',
            },
            organisationDecider.initialState(),
            { ...context, termYears: setting },
          );
          if (decision.outcome !== 'accepted') throw new Error('an own organisation of 120 is refused');
          const data = (decision.events[0] as OrganisationEvent & { type: 'OrganisationRecorded' }).data;
          const byType =
            type === 'general-branch'
              ? setting.generalBranch
              : type === 'primary-committee'
                ? setting.primaryCommittee
                : setting.branch;
          expect(data.termYears).toBe(explicit ?? byType);
          expect(data.termEndsOn).toBe(termEndOf('2024-01-01', explicit ?? byType));
        },
      ),
    );
  });
});
