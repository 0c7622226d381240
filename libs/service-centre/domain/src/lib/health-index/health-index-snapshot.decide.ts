import { chinaDateOf } from '@qinqing/calendar/domain';
import {
  accept,
  type Decider,
  type Decision,
  type DomainError,
  reject,
  ruleErrorOf,
} from '@qinqing/shared/domain-kernel';
import { computeHealthIndex, type IndicatorInputs } from './health-index.compute';
import type { HealthIndexMethodology } from './health-index.methodology';
import { HEALTH_INDEX_RULES } from './health-index-rules';
import type { HealthIndexSnapshotEvent } from './health-index-snapshot.events';
import { type HalfYear, hasEnded } from './half-year';

const ruleError = ruleErrorOf(HEALTH_INDEX_RULES);

export interface PublishHealthIndex {
  readonly type: 'PublishHealthIndex';
  readonly period: HalfYear;
  readonly methodology: HealthIndexMethodology;
  /** What the public events gave, per area (GB/T 2260 code), for the half year. */
  readonly inputsByArea: ReadonlyMap<string, IndicatorInputs>;
  readonly publishedBy: string;
}

export type HealthIndexSnapshotState =
  | { readonly status: 'unpublished' }
  | { readonly status: 'published'; readonly publishedOn: string; readonly methodologyVersion: string };

export const initialHealthIndexSnapshotState = (): HealthIndexSnapshotState => ({ status: 'unpublished' });

export const evolveHealthIndexSnapshot = (
  _state: HealthIndexSnapshotState,
  event: HealthIndexSnapshotEvent,
): HealthIndexSnapshotState => ({
  status: 'published',
  publishedOn: event.data.publishedOn,
  methodologyVersion: event.data.methodologyVersion,
});

const decidePublish = (
  command: PublishHealthIndex,
  state: HealthIndexSnapshotState,
  now: Date,
): Decision<HealthIndexSnapshotEvent, DomainError> => {
  const today = chinaDateOf(now);
  if (state.status === 'published') {
    return reject(
      ruleError('conflict', 'already-published', 'immutable-snapshot', {
        zh: `${command.period} 的指数已于 ${state.publishedOn} 按方法 ${state.methodologyVersion} 发布`,
        en: `The index of ${command.period} was published on ${state.publishedOn} under methodology ${state.methodologyVersion}`,
      }),
    );
  }
  if (!hasEnded(command.period, today)) {
    return reject(
      ruleError(
        'conflict',
        'period-not-ended',
        'half-yearly',
        {
          zh: `${command.period} 尚未结束，结束后才能发布`,
          en: `${command.period} has not ended yet; it can be published once it has`,
        },
        { field: 'period' },
      ),
    );
  }
  if (command.period < command.methodology.firstPeriod) {
    return reject(
      ruleError(
        'conflict',
        'before-methodology',
        'methodology-in-force',
        {
          zh: `方法 ${command.methodology.version} 自 ${command.methodology.firstPeriod} 起适用，${command.period} 不能按其发布`,
          en: `Methodology ${command.methodology.version} measures from ${command.methodology.firstPeriod}; ${command.period} cannot be published under it`,
        },
        { field: 'period' },
      ),
    );
  }
  const areas = [...command.inputsByArea.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([areaCode, inputs]) => ({
      areaCode,
      inputs,
      figures: computeHealthIndex(command.methodology, inputs),
    }))
    .filter((area) => area.figures.total !== null);
  if (areas.length === 0) {
    return reject(
      ruleError(
        'conflict',
        'nothing-counted',
        'methodology-in-force',
        {
          zh: `${command.period} 没有任何区县有可计入的数据，无可发布`,
          en: `Nothing was counted for any area in ${command.period}: there is nothing to publish`,
        },
        { field: 'period' },
      ),
    );
  }
  return accept<HealthIndexSnapshotEvent>({
    type: 'HealthIndexPublished',
    data: {
      period: command.period,
      methodologyVersion: command.methodology.version,
      publishedOn: today,
      publishedBy: command.publishedBy,
      areas,
    },
  });
};

/** The half year's snapshot: published once, after the half year, never changed. */
export const healthIndexSnapshotDecider: Decider<
  PublishHealthIndex,
  HealthIndexSnapshotEvent,
  HealthIndexSnapshotState
> = {
  initialState: initialHealthIndexSnapshotState,
  evolve: evolveHealthIndexSnapshot,
  decide: (command, state, { now }) => decidePublish(command, state, now),
};
