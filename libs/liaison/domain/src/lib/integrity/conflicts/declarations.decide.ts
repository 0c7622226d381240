import { accept, type Decider, type DomainError, reject } from '@qinqing/shared/domain-kernel';
import { normaliseCreditCode, validateUnifiedSocialCreditCode } from '@qinqing/shared/chinese-ids';
import { ruleError } from '../integrity-rules';
import {
  type DeclarationsEvent,
  type EnterpriseTie,
  SPECIFIC_RELATIONS,
  type SpecificRelation,
  TIE_KINDS,
} from './declarations.events';
import { evolveDeclarations, initialDeclarations, type OfficialDeclarations } from './declarations.state';

export interface DeclareRelation {
  readonly type: 'DeclareRelation';
  readonly officialId: string;
  readonly relationId: string;
  readonly relation: SpecificRelation;
  readonly name: string;
  /** Computed by the service (a keyed hash); the clear number never reaches the decider. */
  readonly idNumberHash: string;
  readonly idNumberMasked: string;
  readonly ties: readonly EnterpriseTie[];
}

export interface WithdrawRelation {
  readonly type: 'WithdrawRelation';
  readonly officialId: string;
  readonly relationId: string;
  readonly reason: string;
}

export interface RecordRecusal {
  readonly type: 'RecordRecusal';
  readonly officialId: string;
  readonly recusalId: string;
  readonly enterpriseCreditCode: string;
  readonly origin: 'self' | 'ordered';
  readonly decidedBy: string;
  readonly reason: string;
}

export type DeclarationsCommand = DeclareRelation | WithdrawRelation | RecordRecusal;

export type DeclarationsErrorCode =
  'invalid-declaration' | 'relation-not-found' | 'recusal-exists' | 'not-own-declarations';

export const MAX_TIES_PER_RELATION = 20;

const STREAM_PREFIX = 'liaison-declarations-';
export const declarationsStreamId = (officialId: string): string => `${STREAM_PREFIX}${officialId}`;
export const officialOfDeclarationsStream = (streamId: string): string | null =>
  streamId.startsWith(STREAM_PREFIX) ? streamId.slice(STREAM_PREFIX.length) : null;

const invalid = (field: string, zh: string, en: string) =>
  reject(ruleError('validation', 'invalid-declaration', 'recusal', { zh, en }, { field }));

const checkTies = (ties: readonly EnterpriseTie[]) => {
  if (ties.length > MAX_TIES_PER_RELATION) {
    return invalid(
      'ties',
      `每人最多申报${MAX_TIES_PER_RELATION}项`,
      `At most ${MAX_TIES_PER_RELATION} ties per person`,
    );
  }
  for (const [i, tie] of ties.entries()) {
    if (!validateUnifiedSocialCreditCode(tie.creditCode).ok) {
      return invalid(
        `ties.${i}.creditCode`,
        '统一社会信用代码不正确',
        'The unified social credit code is invalid',
      );
    }
    if (!TIE_KINDS.includes(tie.kind)) {
      return invalid(
        `ties.${i}.kind`,
        '关系类型须为持股、任职或经营往来',
        'The tie is a shareholding, a position or business',
      );
    }
  }
  return null;
};

/** Ties normalised and de-duplicated by enterprise and kind (the last detail wins). */
const normaliseTies = (ties: readonly EnterpriseTie[]): readonly EnterpriseTie[] => {
  const byKey = new Map<string, EnterpriseTie>();
  for (const tie of ties) {
    const creditCode = normaliseCreditCode(tie.creditCode);
    byKey.set(`${creditCode}/${tie.kind}`, { creditCode, kind: tie.kind, detail: tie.detail.trim() });
  }
  return [...byKey.values()];
};

const decide = (command: DeclarationsCommand, state: OfficialDeclarations, now: Date) => {
  if (state.officialId !== null && state.officialId !== command.officialId) {
    return reject(
      ruleError('forbidden', 'not-own-declarations', 'recusal', {
        zh: '只能申报本人的特定关系人',
        en: 'An official declares only their own relations',
      }),
    );
  }
  const at = now.toISOString();
  switch (command.type) {
    case 'DeclareRelation': {
      if (!SPECIFIC_RELATIONS.includes(command.relation)) {
        return invalid('relation', '关系须为配偶、子女、子女的配偶或其他特定关系人', 'Unknown relation');
      }
      const name = command.name.trim();
      if (name === '' || [...name].length > 50)
        return invalid('name', '姓名须为1–50字', 'The name is 1–50 characters');
      const problem = checkTies(command.ties);
      if (problem !== null) return problem;
      return accept<DeclarationsEvent>({
        type: 'RelationDeclared',
        data: {
          officialId: command.officialId,
          relationId: command.relationId,
          relation: command.relation,
          name,
          idNumberHash: command.idNumberHash,
          idNumberMasked: command.idNumberMasked,
          ties: normaliseTies(command.ties),
          declaredAt: at,
        },
      });
    }
    case 'WithdrawRelation':
      if (!state.relations.some((r) => r.relationId === command.relationId)) {
        return reject(
          ruleError('not-found', 'relation-not-found', 'recusal', {
            zh: '没有这项申报',
            en: 'There is no such declared relation',
          }),
        );
      }
      if (command.reason.trim() === '') return invalid('reason', '请说明撤回原因', 'Give the reason');
      return accept<DeclarationsEvent>({
        type: 'RelationWithdrawn',
        data: {
          officialId: command.officialId,
          relationId: command.relationId,
          reason: command.reason.trim(),
          withdrawnAt: at,
        },
      });
    case 'RecordRecusal': {
      if (!validateUnifiedSocialCreditCode(command.enterpriseCreditCode).ok) {
        return invalid(
          'enterpriseCreditCode',
          '统一社会信用代码不正确',
          'The unified social credit code is invalid',
        );
      }
      if (command.reason.trim() === '')
        return invalid('reason', '请说明回避事由', 'Give the reason for the recusal');
      const creditCode = normaliseCreditCode(command.enterpriseCreditCode);
      if (state.recusals.some((r) => r.recusalId === command.recusalId)) {
        return reject(
          ruleError('conflict', 'recusal-exists', 'recusal', {
            zh: '该回避已记录',
            en: 'This recusal is recorded already',
          }),
        );
      }
      return accept<DeclarationsEvent>({
        type: 'RecusalRecorded',
        data: {
          officialId: command.officialId,
          recusalId: command.recusalId,
          enterpriseCreditCode: creditCode,
          origin: command.origin,
          decidedBy: command.decidedBy,
          reason: command.reason.trim(),
          recordedAt: at,
        },
      });
    }
  }
};

/** One official's declarations of specific-relation persons and recusals (回避), Jinjiang 四. */
export const declarationsDecider: Decider<
  DeclarationsCommand,
  DeclarationsEvent,
  OfficialDeclarations,
  DomainError<DeclarationsErrorCode>
> = {
  initialState: initialDeclarations,
  evolve: evolveDeclarations,
  decide: (command, state, { now }) => decide(command, state, now),
};
