import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEALS_POLICY } from '../values/clock-policy';
import { decide } from './enterprise-request.decide';
import { initialState } from './enterprise-request.state';
import {
  CENTRE,
  d,
  FILING_CREDIT_CODE,
  given,
  on,
  OTHER_CREDIT_CODE,
  play,
  policy,
  remind,
  resolveBy,
  staff,
  submit,
  supervisor,
  scheduler,
} from './test-setup/enterprise-request.fixtures';

const limits = DEFAULT_APPEALS_POLICY.defaults;

describe('SubmitRequest: every clock starts at submission, counted in working days from the day after', () => {
  it('across 国庆 2025: submitted Tue 2025-09-30, 10-01..10-08 off, Sat 10-11 a 调休 working day', () => {
    // Working days after 09-30: 10-09 Thu (1), 10-10 Fri (2), 10-11 Sat 调休 (3), 10-13 Mon (4), 10-14 (5),
    // 10-15 (6), 10-16 (7), 10-17 (8), 10-20 (9), 10-21 (10), 10-22 (11), 10-23 (12), 10-24 (13), 10-27 (14),
    // 10-28 Tue (15).
    given([])
      .when(submit(), on('2025-09-30'))
      .then([
        {
          type: 'RequestSubmitted',
          data: {
            requestId: 'req-1',
            receiptCode: 'RC-7F3K9Q',
            enterprise: { creditCode: FILING_CREDIT_CODE, name: '晋江市某某鞋服有限公司' },
            contact: { name: '陈经理', phone: '13800138000' },
            category: 'land-premises',
            priority: 'normal',
            title: '厂房扩建用地审批进度咨询',
            description: '我司去年提交的厂房扩建用地申请至今未有答复，请协调相关部门告知办理进度。',
            channel: 'kiosk',
            receivingUnitId: CENTRE,
            submittedAt: '2025-09-30T02:00:00.000Z',
            submittedOn: d('2025-09-30'),
            receivedOn: d('2025-09-30'),
            limits,
            dues: {
              accept: d('2025-10-09'),
              reply: d('2025-10-11'),
              resolve: d('2025-10-28'),
              'report-up': d('2025-10-14'),
              inform: d('2025-10-14'),
            },
          },
        },
      ]);
  });

  it('straddling 春节 2026: submitted Thu 2026-02-12, Sat 02-14 worked, 02-15..02-23 off, Sat 02-28 worked', () => {
    // Working days after 02-12: 02-13 Fri (1), 02-14 Sat 调休 (2), 02-24 Tue (3), 02-25 (4), 02-26 (5),
    // 02-27 (6), 02-28 Sat 调休 (7), 03-02 Mon (8), 03-03 (9), 03-04 (10), 03-05 (11), 03-06 (12), 03-09 (13),
    // 03-10 (14), 03-11 Wed (15).
    given([])
      .when(submit(), on('2026-02-12'))
      .thenEvents(([submitted]) => {
        expect(submitted?.type === 'RequestSubmitted' && submitted.data.dues).toEqual({
          accept: d('2026-02-13'),
          reply: d('2026-02-24'),
          resolve: d('2026-03-11'),
          'report-up': d('2026-02-26'),
          inform: d('2026-02-26'),
        });
      });
  });

  // Issue 11 item 8: which day is day 1.
  it('filed on a non-working day: received on the next working day (a 调休 Sunday), which is day 0', () => {
    // Sat 2025-09-27 is off; Sun 09-28 is a 调休 working day: day 0. Accept (1 working day) is due Mon 09-29.
    given([])
      .when(submit(), on('2025-09-27'))
      .thenEvents(([submitted]) => {
        expect(submitted).toMatchObject({
          data: { submittedOn: '2025-09-27', receivedOn: '2025-09-28', dues: { accept: '2025-09-29' } },
        });
      });
  });

  it('filed after office hours (17:30 by default): received on the next working day, which is day 0', () => {
    const at = (time: string) => ({ now: new Date(`2025-09-30T${time}:00+08:00`) });
    given([])
      .when(submit(), at('17:29'))
      .thenEvents(([submitted]) => expect(submitted).toMatchObject({ data: { receivedOn: '2025-09-30' } }));
    // After 17:30 on the eve of 国庆: day 0 is Thu 10-09, so accept is due Fri 10-10.
    given([])
      .when(submit(), at('17:30'))
      .thenEvents(([submitted]) =>
        expect(submitted).toMatchObject({
          data: { submittedOn: '2025-09-30', receivedOn: '2025-10-09', dues: { accept: '2025-10-10' } },
        }),
      );
    // The hour is the jurisdiction's setting.
    given([])
      .when(submit(), { ...at('18:00'), policy: { ...policy, officeHoursEnd: '20:00' } })
      .thenEvents(([submitted]) => expect(submitted).toMatchObject({ data: { receivedOn: '2025-09-30' } }));
  });

  it('submitted late in the evening China time counts on the China-local day (UTC is still the day before)', () => {
    given([])
      .when(submit(), { now: new Date('2025-09-29T23:30:00Z') })
      .thenEvents(([submitted]) => {
        expect(submitted?.type === 'RequestSubmitted' && submitted.data.submittedOn).toBe('2025-09-30');
      });
  });

  it('takes its limits from the policy for the category and priority, and records them on the event', () => {
    const urgent = {
      ...DEFAULT_APPEALS_POLICY,
      overrides: [
        {
          category: 'legal-rights' as const,
          priority: 'urgent' as const,
          limits: { resolveWithin: 5 },
        },
      ],
    };
    given([])
      .when(
        submit({ category: 'legal-rights', priority: 'urgent', channel: 'staff-walk-in', by: staff(CENTRE) }),
        on('2025-09-30', { policy: urgent }),
      )
      .thenEvents(([submitted]) => {
        expect(submitted?.type === 'RequestSubmitted' && submitted.data.limits.resolveWithin).toBe(5);
        // 10-09 (1), 10-10 (2), 10-11 (3), 10-13 (4), 10-14 (5).
        expect(submitted?.type === 'RequestSubmitted' && submitted.data.dues.resolve).toBe('2025-10-14');
      });
  });

  it('stores texts trimmed and the credit code and phone normalised', () => {
    given([])
      .when(
        submit({
          title: '  厂房扩建  ',
          enterprise: { creditCode: ` ${FILING_CREDIT_CODE.toLowerCase()} `, name: ' 某某公司 ' },
          contact: { name: '陈经理', phone: '+86 138-0013-8000' },
          by: { kind: 'enterprise', creditCode: FILING_CREDIT_CODE },
        }),
      )
      .thenEvents(([submitted]) => {
        if (submitted?.type !== 'RequestSubmitted') throw new Error('expected RequestSubmitted');
        expect(submitted.data.title).toBe('厂房扩建');
        expect(submitted.data.enterprise).toEqual({ creditCode: FILING_CREDIT_CODE, name: '某某公司' });
        expect(submitted.data.contact.phone).toBe('13800138000');
      });
  });

  it('records where a request came from when another context produced it', () => {
    given([])
      .when(
        submit({
          channel: 'liaison-visit',
          origin: { kind: 'liaison-visit', id: 'visit-42' },
          by: staff(CENTRE),
        }),
      )
      .thenEvents(([submitted]) => {
        expect(submitted?.type === 'RequestSubmitted' && submitted.data.origin).toEqual({
          kind: 'liaison-visit',
          id: 'visit-42',
        });
      });
  });

  it('only on an empty stream', () => {
    given(play([['2025-09-30', submit()]]))
      .when(submit())
      .thenRejects('request-already-submitted', 'conflict');
  });

  describe('refuses garbage with a validation error naming the field', () => {
    it.each([
      ['title', submit({ title: '   ' }), 'text-required'],
      ['title', submit({ title: '长'.repeat(101) }), 'text-too-long'],
      ['description', submit({ description: '' }), 'text-required'],
      ['description', submit({ description: 'x'.repeat(4001) }), 'text-too-long'],
      [
        'enterprise.name',
        submit({ enterprise: { creditCode: FILING_CREDIT_CODE, name: ' ' } }),
        'text-required',
      ],
      ['contact.name', submit({ contact: { name: '', phone: '13800138000' } }), 'text-required'],
      [
        'enterprise.creditCode',
        submit({ enterprise: { creditCode: '91350582MA21111144', name: '某某公司' } }),
        'invalid-credit-code',
      ],
      ['contact.phone', submit({ contact: { name: '陈经理', phone: '12345' } }), 'invalid-phone'],
      ['requestId', submit({ requestId: 'req 1' }), 'invalid-identifier'],
      ['receiptCode', submit({ receiptCode: '' }), 'text-required'],
      ['receivingUnitId', submit({ receivingUnitId: '' }), 'text-required'],
      ['category', submit({ category: 'lottery' as never }), 'invalid-option'],
      ['priority', submit({ priority: 'asap' as never }), 'invalid-option'],
      ['channel', submit({ channel: 'fax' as never }), 'invalid-option'],
      ['origin.id', submit({ origin: { kind: 'queue-ticket', id: '' } }), 'text-required'],
    ])('%s', (field, command, code) => {
      const decision = decide(command, initialState(), on('2025-09-30'));
      expect(decision).toMatchObject({ outcome: 'rejected', error: { kind: 'validation', code, field } });
    });

    it('counts characters, not UTF-16 units: a 100-character title of 𠮷 is fine', () => {
      given([])
        .when(submit({ title: '𠮷'.repeat(100) }))
        .thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('says what is wrong in both languages', () => {
      const decision = decide(submit({ title: '' }), initialState(), on('2025-09-30'));
      expect(decision).toMatchObject({
        error: { message: { zh: '请填写标题', en: 'Title is required' } },
      });
    });
  });

  describe('who may file', () => {
    it('an enterprise files only its own requests', () => {
      given([])
        .when(submit({ by: { kind: 'enterprise', creditCode: OTHER_CREDIT_CODE } }))
        .thenRejects('not-the-filing-enterprise', 'forbidden');
    });

    it("an enterprise files a normal request: whether it is urgent is the receiving staff's call", () => {
      const decision = decide(submit({ priority: 'urgent' }), initialState(), on('2025-09-30'));
      expect(decision).toMatchObject({
        outcome: 'rejected',
        error: {
          kind: 'validation',
          code: 'priority-set-by-staff',
          field: 'priority',
          rule: { rule: 'first-contact' },
        },
      });
      given([])
        .when(submit({ priority: 'urgent', channel: 'staff-walk-in', by: staff(CENTRE) }))
        .thenEvents(([event]) =>
          expect(event?.type === 'RequestSubmitted' && event.data.priority).toBe('urgent'),
        );
    });

    it('staff file at their own unit, which becomes the first receiver', () => {
      given([])
        .when(submit({ channel: 'staff-walk-in', by: staff(CENTRE) }))
        .thenEvents(([event]) => expect(event?.type).toBe('RequestSubmitted'));
      given([])
        .when(submit({ channel: 'staff-walk-in', by: staff('unit-elsewhere') }))
        .thenRejects('receiving-unit-mismatch', 'forbidden');
    });

    it('neither supervisors nor the scheduler file requests', () => {
      given([])
        .when(submit({ by: supervisor }))
        .thenRejects('actor-not-allowed', 'forbidden');
      given([])
        .when(submit({ by: scheduler }))
        .thenRejects('actor-not-allowed', 'forbidden');
    });
  });
});

describe('a request that does not exist', () => {
  it('is not found for any other command', () => {
    given([]).when(resolveBy()).thenRejects('request-not-found', 'not-found');
    given([]).when(remind('accept')).thenRejects('request-not-found', 'not-found');
  });
});

describe('an unexpected failure while deciding', () => {
  it('other errors are bugs and propagate', () => {
    const broken = { ...on('2025-09-30'), now: new Date(Number.NaN) };
    expect(() => decide(submit(), initialState(), broken)).toThrow();
  });
});
