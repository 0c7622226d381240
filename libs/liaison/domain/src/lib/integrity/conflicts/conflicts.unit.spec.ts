import { foldEvents } from '@qinqing/shared/domain-kernel';
import { deciderSpecification } from '@qinqing/shared/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictsBetween } from './conflicts-between';
import { type DeclareRelation, declarationsDecider } from './declarations.decide';
import { SPECIFIC_RELATIONS, TIE_KINDS, type DeclarationsEvent } from './declarations.events';

const now = new Date('2026-12-02T02:00:00.000Z');
const given = deciderSpecification(declarationsDecider, { now });
const A = '91350100M000100Y43';
const B = '91350582MA21111143';

const declare: DeclareRelation = {
  type: 'DeclareRelation',
  officialId: 'official-1',
  relationId: 'r-1',
  relation: 'spouse',
  name: ' 张三 ',
  idNumberHash: 'hmac:abc',
  idNumberMasked: '110101********0012',
  ties: [
    { creditCode: A.toLowerCase(), kind: 'shareholding', detail: '持股 5%' },
    { creditCode: A, kind: 'shareholding', detail: '持股 6%' },
  ],
};

describe('declarations of specific-relation persons (晋江 四)', () => {
  it('keeps a masked ID number and a hash, never the number, and normalises the ties', () => {
    given([])
      .when(declare)
      .thenEvents((events) => {
        expect(events[0]).toMatchObject({
          type: 'RelationDeclared',
          data: {
            name: '张三',
            idNumberMasked: '110101********0012',
            ties: [{ creditCode: A, kind: 'shareholding', detail: '持股 6%' }],
          },
        });
        expect(JSON.stringify(events)).not.toMatch(/\d{17}[\dX]/u);
      });
  });

  it('refuses a malformed credit code in a tie, naming it', () => {
    given([])
      .when({ ...declare, ties: [{ creditCode: '123', kind: 'position', detail: '' }] })
      .thenRejectsWith((error) =>
        expect(error).toMatchObject({ code: 'invalid-declaration', field: 'ties.0.creditCode' }),
      );
  });

  it('withdraws only what was declared, and takes a recusal once', () => {
    given([])
      .when({ type: 'WithdrawRelation', officialId: 'official-1', relationId: 'r-9', reason: '离婚' })
      .thenRejects('relation-not-found', 'not-found');
    const recusal = {
      type: 'RecordRecusal',
      officialId: 'official-1',
      recusalId: 'rc-1',
      enterpriseCreditCode: A,
      origin: 'ordered',
      decidedBy: 'supervisor-1',
      reason: '应当回避而未回避',
    } as const;
    given([])
      .when(recusal)
      .thenEvents((events) => expect(events[0]?.type).toBe('RecusalRecorded'));
    given([])
      .when({ ...recusal, reason: '' })
      .thenRejects('invalid-declaration');
  });
});

describe('conflictsBetween', () => {
  const relation = fc.record({
    relation: fc.constantFrom(...SPECIFIC_RELATIONS),
    kind: fc.constantFrom(...TIE_KINDS),
    code: fc.constantFrom(A, B),
  });

  it('any declared relation tied to the enterprise blocks; withdrawing it unblocks', () => {
    fc.assert(
      fc.property(
        fc.array(relation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(A, B),
        (relations, target) => {
          const declared: DeclarationsEvent[] = relations.map((r, i) => ({
            type: 'RelationDeclared',
            data: {
              officialId: 'o',
              relationId: `r-${i}`,
              relation: r.relation,
              name: '某',
              idNumberHash: 'h',
              idNumberMasked: 'm',
              ties: [{ creditCode: r.code, kind: r.kind, detail: '' }],
              declaredAt: now.toISOString(),
            },
          }));
          const state = foldEvents(declarationsDecider, declared);
          const tied = relations.filter((r) => r.code === target).length;
          expect(conflictsBetween([state], 'o', target)).toHaveLength(tied);
          expect(conflictsBetween([state], 'someone-else', target)).toHaveLength(0);
          const withdrawn = foldEvents(declarationsDecider, [
            ...declared,
            ...relations.map((_, i): DeclarationsEvent => ({
              type: 'RelationWithdrawn',
              data: { officialId: 'o', relationId: `r-${i}`, reason: '变更', withdrawnAt: now.toISOString() },
            })),
          ]);
          expect(conflictsBetween([withdrawn], 'o', target)).toHaveLength(0);
        },
      ),
    );
  });

  it('a recusal for the enterprise blocks like a declared relation', () => {
    const state = foldEvents(declarationsDecider, [
      {
        type: 'RecusalRecorded',
        data: {
          officialId: 'o',
          recusalId: 'rc',
          enterpriseCreditCode: A,
          origin: 'ordered',
          decidedBy: 's',
          reason: 'r',
          recordedAt: '',
        },
      },
    ]);
    expect(conflictsBetween([state], 'o', A.toLowerCase())).toEqual([
      { kind: 'recusal-in-force', recusalId: 'rc', origin: 'ordered' },
    ]);
    expect(conflictsBetween([state], 'o', B)).toEqual([]);
  });
});
