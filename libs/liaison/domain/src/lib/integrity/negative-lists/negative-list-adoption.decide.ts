import { accept, type Decider, type DomainError, reject } from '@qinqing/shared/domain-kernel';
import { JURISDICTION_PATTERN, ruleError } from '../integrity-rules';
import { NEGATIVE_LIST_VERSIONS } from './negative-list-catalogue.data';
import type { NegativeListAdoptionEvent } from './negative-list-adoption.events';
import type { NegativeList, NegativeListCatalogueVersion, NegativeListItem } from './negative-list.types';

export interface AdoptNegativeListVersion {
  readonly type: 'AdoptNegativeListVersion';
  readonly jurisdiction: string;
  readonly version: string;
  readonly listIds: readonly string[];
  readonly reason: string;
  readonly adoptedBy: string;
}

export interface NegativeListAdoption {
  readonly version: string;
  readonly listIds: readonly string[];
  readonly adoptedAt: string;
}

/** Every adoption of one jurisdiction, oldest first: a record is classified against the one in force then. */
export interface NegativeListAdoptionState {
  readonly jurisdiction: string | null;
  readonly adoptions: readonly NegativeListAdoption[];
}

export type NegativeListErrorCode =
  | 'invalid-jurisdiction'
  | 'unknown-catalogue-version'
  | 'unknown-negative-list'
  | 'no-negative-list-chosen'
  | 'version-already-adopted'
  | 'reason-required';

const STREAM_PREFIX = 'liaison-negative-lists-';
export const negativeListAdoptionStreamId = (jurisdiction: string): string =>
  `${STREAM_PREFIX}${jurisdiction}`;
export const jurisdictionOfAdoptionStream = (streamId: string): string | null =>
  streamId.startsWith(STREAM_PREFIX) ? streamId.slice(STREAM_PREFIX.length) : null;

export const catalogueVersion = (
  version: string,
  versions: readonly NegativeListCatalogueVersion[] = NEGATIVE_LIST_VERSIONS,
): NegativeListCatalogueVersion | undefined => versions.find((v) => v.version === version);

/** The adoption in force at an instant (ISO-8601), or null before the first. */
export const adoptionInForceAt = (
  state: NegativeListAdoptionState,
  at: string,
): NegativeListAdoption | null =>
  [...state.adoptions].reverse().find((a) => Date.parse(a.adoptedAt) <= Date.parse(at)) ?? null;

export interface Classification {
  readonly version: string;
  readonly list: Pick<NegativeList, 'listId' | 'code' | 'subject' | 'name'>;
  readonly item: NegativeListItem;
}

/**
 * Classifies a misconduct report or credit record against the jurisdiction's adoption in force at the time of
 * the facts: the item with that code in one of the adopted lists of the adopted version, or null (not on the
 * jurisdiction's lists then). Used by the credit context and misconduct reports later.
 */
export const classifyAgainst = (
  adoption: NegativeListAdoption | null,
  itemCode: string,
  versions: readonly NegativeListCatalogueVersion[] = NEGATIVE_LIST_VERSIONS,
): Classification | null => {
  if (adoption === null) return null;
  const catalogue = catalogueVersion(adoption.version, versions);
  for (const list of catalogue?.lists ?? []) {
    if (!adoption.listIds.includes(list.listId)) continue;
    const item = list.items.find((i) => i.code === itemCode);
    if (item !== undefined) {
      return {
        version: adoption.version,
        list: { listId: list.listId, code: list.code, subject: list.subject, name: list.name },
        item,
      };
    }
  }
  return null;
};

const fail = (code: NegativeListErrorCode, field: string, zh: string, en: string) =>
  reject(ruleError('validation', code, 'negative-lists', { zh, en }, { field }));

export const makeNegativeListAdoptionDecider = (
  versions: readonly NegativeListCatalogueVersion[] = NEGATIVE_LIST_VERSIONS,
): Decider<
  AdoptNegativeListVersion,
  NegativeListAdoptionEvent,
  NegativeListAdoptionState,
  DomainError<NegativeListErrorCode>
> => ({
  initialState: () => ({ jurisdiction: null, adoptions: [] }),
  evolve: (state, event) => ({
    jurisdiction: event.data.jurisdiction,
    adoptions: [
      ...state.adoptions,
      { version: event.data.version, listIds: event.data.listIds, adoptedAt: event.data.adoptedAt },
    ],
  }),
  decide: (command, state, { now }) => {
    if (!JURISDICTION_PATTERN.test(command.jurisdiction)) {
      return fail(
        'invalid-jurisdiction',
        'jurisdiction',
        '辖区须为6位行政区划代码（GB/T 2260）',
        'A jurisdiction is a 6-digit GB/T 2260 division code',
      );
    }
    const catalogue = catalogueVersion(command.version, versions);
    if (catalogue === undefined) {
      return fail(
        'unknown-catalogue-version',
        'version',
        `没有版本为 ${command.version} 的负面清单目录`,
        `There is no negative-list catalogue version ${command.version}`,
      );
    }
    const listIds = [...new Set(command.listIds)].sort();
    if (listIds.length === 0) {
      return fail('no-negative-list-chosen', 'listIds', '请至少选择一份清单', 'Choose at least one list');
    }
    const unknown = listIds.findIndex((id) => !catalogue.lists.some((l) => l.listId === id));
    if (unknown >= 0) {
      return fail(
        'unknown-negative-list',
        `listIds.${command.listIds.indexOf(listIds[unknown] ?? '')}`,
        `版本 ${command.version} 中没有清单 ${listIds[unknown]}`,
        `Version ${command.version} has no list ${listIds[unknown]}`,
      );
    }
    if (command.reason.trim() === '') {
      return fail('reason-required', 'reason', '请说明采用的理由', 'Give the reason for the adoption');
    }
    const current = state.adoptions.at(-1);
    if (current?.version === command.version && current.listIds.join() === listIds.join()) {
      return reject(
        ruleError('conflict', 'version-already-adopted', 'negative-lists', {
          zh: `本辖区已采用版本 ${command.version} 的这些清单`,
          en: `This jurisdiction has adopted these lists of version ${command.version} already`,
        }),
      );
    }
    return accept({
      type: 'NegativeListVersionAdopted',
      data: {
        jurisdiction: command.jurisdiction,
        version: command.version,
        listIds,
        reason: command.reason.trim(),
        adoptedBy: command.adoptedBy,
        adoptedAt: now.toISOString(),
      },
    });
  },
});

export const negativeListAdoptionDecider = makeNegativeListAdoptionDecider();
