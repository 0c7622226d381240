import type { DeclarationsEvent, EnterpriseTie, SpecificRelation } from './declarations.events';

export interface DeclaredRelation {
  readonly relationId: string;
  readonly relation: SpecificRelation;
  readonly name: string;
  readonly idNumberHash: string;
  readonly idNumberMasked: string;
  readonly ties: readonly EnterpriseTie[];
  readonly declaredAt: string;
}

export interface Recusal {
  readonly recusalId: string;
  readonly enterpriseCreditCode: string;
  readonly origin: 'self' | 'ordered';
  readonly decidedBy: string;
  readonly reason: string;
  readonly recordedAt: string;
}

/** One official's declarations: the relations in force (withdrawn ones drop out) and every recusal. */
export interface OfficialDeclarations {
  readonly officialId: string | null;
  readonly relations: readonly DeclaredRelation[];
  readonly recusals: readonly Recusal[];
}

export const initialDeclarations = (): OfficialDeclarations => ({
  officialId: null,
  relations: [],
  recusals: [],
});

export const evolveDeclarations = (
  state: OfficialDeclarations,
  event: DeclarationsEvent,
): OfficialDeclarations => {
  switch (event.type) {
    case 'RelationDeclared': {
      const { officialId, declaredAt, ...relation } = event.data;
      return {
        ...state,
        officialId,
        relations: [
          ...state.relations.filter((r) => r.relationId !== relation.relationId),
          { ...relation, declaredAt },
        ],
      };
    }
    case 'RelationWithdrawn':
      return {
        ...state,
        officialId: event.data.officialId,
        relations: state.relations.filter((r) => r.relationId !== event.data.relationId),
      };
    case 'RecusalRecorded': {
      const { officialId, ...recusal } = event.data;
      return { ...state, officialId, recusals: [...state.recusals, recusal] };
    }
    default:
      return state;
  }
};
