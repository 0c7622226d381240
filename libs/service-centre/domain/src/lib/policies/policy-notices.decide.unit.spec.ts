import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type NoticedPolicy,
  POLICY_NOTICE_BATCH,
  policyNoticesDecider,
  type PolicyNoticesCommand,
} from './policy-notices.decide';
import type { PolicyNoticesDue, PolicyNoticesEvent } from './policy-notices.events';
import { policyIdOfNoticesStream, policyNoticesStreamId } from './policy-notices.stream';
import { policyIdOfStream } from './policy.stream';

const now = new Date('2026-12-03T02:00:00.000Z');
const at = now.toISOString();
const given = deciderSpecification(policyNoticesDecider, { now });

const policy: NoticedPolicy = {
  policyId: 'p-1',
  title: '宁波市支持制造业中小企业数字化改造的若干措施',
  documentNumber: '甬经信〔2026〕18号',
};
const code = (n: number) => `91330203MA${String(n).padStart(7, '0')}X`;
const codes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => code(from + i));

const page = (after: string, creditCodes: readonly string[], last: boolean): PolicyNoticesCommand => ({
  type: 'ListSweepPage',
  policy,
  after,
  creditCodes,
  last,
});
const due = (
  origin: PolicyNoticesDue['data']['origin'],
  creditCodes: readonly string[],
): PolicyNoticesDue => ({
  type: 'PolicyNoticesDue',
  data: { ...policy, origin, creditCodes, dueAt: at },
});
const ended = (ending: 'complete' | 'withdrawn' | 'expired', swept: number): PolicyNoticesEvent => ({
  type: 'PolicyNoticeSweepEnded',
  data: { policyId: policy.policyId, ending, swept, endedAt: at },
});

describe('the notices of a published policy (精准推送 by SMS)', () => {
  it('lists the sweep page by page, each after the last code of the page before, and ends with the last', () => {
    given([])
      .when(page('', codes(0, 500), false))
      .then([due('publication', codes(0, 500))]);
    given([due('publication', codes(0, 500))])
      .when(page(code(499), codes(500, 730), true))
      .then([due('publication', codes(500, 730)), ended('complete', 730)]);
  });

  it('ends at once when nobody was offered the policy', () => {
    given([])
      .when(page('', [], true))
      .then([ended('complete', 0)]);
  });

  it('lists nothing for a page read after a cursor the stream has moved past: a retry after a crash', () => {
    const history = [due('publication', codes(0, 500))];
    given(history)
      .when(page('', codes(0, 500), false))
      .then([]);
    given([...history, due('publication', codes(500, 600)), ended('complete', 600)])
      .when(page(code(499), codes(500, 600), true))
      .then([]);
  });

  it('stops when the policy leaves force, and once ended lists no more pages', () => {
    given([due('publication', codes(0, 500))])
      .when({ type: 'EndSweep', policyId: policy.policyId, ending: 'withdrawn' })
      .then([ended('withdrawn', 500)]);
    given([ended('withdrawn', 0)])
      .when(page('', codes(0, 10), true))
      .then([]);
    given([ended('complete', 0)])
      .when({ type: 'EndSweep', policyId: policy.policyId, ending: 'expired' })
      .then([]);
  });

  it('refuses a page that is too long, out of order, not after its cursor, or empty before the end', () => {
    given([])
      .when(page('', codes(0, POLICY_NOTICE_BATCH + 1), false))
      .thenRejects('invalid-notice-batch');
    given([])
      .when(page('', [code(2), code(1)], false))
      .thenRejectsWith((e) => expect(e).toMatchObject({ kind: 'validation', field: 'creditCodes' }));
    given([due('publication', codes(0, 5))])
      .when(page(code(4), [code(3)], true))
      .thenRejects('invalid-notice-batch');
    given([])
      .when(page('', [], false))
      .thenRejects('invalid-notice-batch');
  });

  it('lists arrivals, leaving to a sweep under way the codes it has not reached yet', () => {
    given([])
      .when({ type: 'ListArrivals', policy, creditCodes: [code(7)] })
      .then([due('arrival', [code(7)])]);
    given([due('publication', codes(0, 500))])
      .when({ type: 'ListArrivals', policy, creditCodes: [code(3), code(900)] })
      .then([due('arrival', [code(3)])]);
    given([due('publication', codes(0, 500))])
      .when({ type: 'ListArrivals', policy, creditCodes: [code(900)] })
      .then([]);
    given([due('publication', codes(0, 500)), ended('complete', 500)])
      .when({ type: 'ListArrivals', policy, creditCodes: [code(900)] })
      .then([due('arrival', [code(900)])]);
  });

  it('has a stream of its own, which is not a policy stream', () => {
    expect(policyIdOfNoticesStream(policyNoticesStreamId('p-1'))).toBe('p-1');
    expect(policyIdOfStream(policyNoticesStreamId('p-1'))).toBeNull();
  });

  it('lists every offered enterprise exactly once, however often a pass crashes and reads a page again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_700 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (offered, crashes) => {
          const all = codes(0, offered);
          const history: PolicyNoticesEvent[] = [];
          const state = () =>
            history.reduce(policyNoticesDecider.evolve, policyNoticesDecider.initialState());
          // The pass's own note of the cursor; a crash loses the note after the append.
          let noted = '';
          for (let step = 0; state().sweep !== 'ended'; step++) {
            if (step > 20) throw new Error('the sweep does not end');
            const above = all.filter((c) => c > noted);
            const command = page(
              noted,
              above.slice(0, POLICY_NOTICE_BATCH),
              above.length <= POLICY_NOTICE_BATCH,
            );
            const decision = policyNoticesDecider.decide(command, state(), { now });
            if (decision.outcome === 'rejected') throw new Error(decision.error.code);
            history.push(...decision.events);
            if (crashes[step] !== true) noted = state().after;
          }
          const listed = history.flatMap((e) => (e.type === 'PolicyNoticesDue' ? e.data.creditCodes : []));
          expect(listed).toEqual(all);
          expect(history.filter((e) => e.type === 'PolicyNoticeSweepEnded')).toHaveLength(1);
        },
      ),
    );
  });
});
