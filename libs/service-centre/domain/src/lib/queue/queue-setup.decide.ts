import {
  accept,
  type Decider,
  type DecisionContext,
  type Decision,
  type DomainError,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import { CENTRE_LEVELS, type CentreLevel, type QueueSetupEvent } from './queue-setup.events';
import { evolveQueueSetup, initialQueueSetupState, type QueueSetupState } from './queue-setup.state';
import { queueRuleError } from './queue-rules';

/** Ids of services and counters: short lower-case slugs, shown in URLs and on the counter screen. */
export const QUEUE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/u;
const NAME_MAX = 30;
/** A centre offers at most 26 services (one prefix letter each) and at most 40 counters. */
export const MAX_QUEUE_COUNTERS = 40;

export interface SetQueueService {
  readonly type: 'SetQueueService';
  readonly centreId: string;
  readonly serviceId: string;
  readonly name: LocalizedMessage;
  readonly prefix: string;
  readonly active: boolean;
  readonly setBy: string;
}

export interface SetQueueCounter {
  readonly type: 'SetQueueCounter';
  readonly centreId: string;
  readonly counterId: string;
  readonly name: LocalizedMessage;
  readonly serviceIds: readonly string[];
  readonly open: boolean;
  readonly setBy: string;
}

export interface SetCentreArea {
  readonly type: 'SetCentreArea';
  readonly centreId: string;
  readonly level: CentreLevel;
  /** GB/T 2260 county-level code; the service checks the division exists. */
  readonly areaCode: string;
  readonly setBy: string;
}

export type QueueSetupCommand = SetQueueService | SetQueueCounter | SetCentreArea;

export type QueueSetupErrorCode =
  | 'invalid-queue-id'
  | 'invalid-queue-name'
  | 'invalid-prefix'
  | 'prefix-taken'
  | 'counter-without-services'
  | 'unknown-service'
  | 'too-many-counters'
  | 'invalid-area';

type QueueSetupError = DomainError<QueueSetupErrorCode>;

const invalid = (code: QueueSetupErrorCode, field: string, message: LocalizedMessage): QueueSetupError =>
  queueRuleError('validation', code, 'queue-setup', message, { field });

const idProblem = (id: string, field: string): QueueSetupError | null =>
  QUEUE_ID_PATTERN.test(id)
    ? null
    : invalid('invalid-queue-id', field, {
        zh: '编号须为1至40位小写字母、数字或连字符',
        en: 'An id is 1–40 lower-case letters, digits or hyphens',
      });

const nameOf = (name: LocalizedMessage): LocalizedMessage | QueueSetupError => {
  const zh = name.zh.trim();
  const en = name.en.trim();
  for (const [field, text] of [
    ['name.zh', zh],
    ['name.en', en],
  ] as const)
    if (text.length === 0 || [...text].length > NAME_MAX)
      return invalid('invalid-queue-name', field, {
        zh: `名称不能为空，且不超过${NAME_MAX}个字`,
        en: `A name must not be blank and must be at most ${NAME_MAX} characters long`,
      });
  return { zh, en };
};

const isError = (value: object): value is QueueSetupError => 'code' in value;

const decideQueueSetup = (
  command: QueueSetupCommand,
  state: QueueSetupState,
  context: DecisionContext,
): Decision<QueueSetupEvent, QueueSetupError> => {
  const setAt = context.now.toISOString();
  switch (command.type) {
    case 'SetQueueService': {
      const badId = idProblem(command.serviceId, 'serviceId');
      if (badId !== null) return reject(badId);
      const name = nameOf(command.name);
      if (isError(name)) return reject(name);
      const prefix = command.prefix.trim().toUpperCase();
      if (!/^[A-Z]$/u.test(prefix))
        return reject(
          invalid('invalid-prefix', 'prefix', {
            zh: '号码前缀须为一个英文字母',
            en: 'The ticket prefix is one letter',
          }),
        );
      const holder = state.services.find(
        (s) => s.active && s.prefix === prefix && s.serviceId !== command.serviceId,
      );
      if (command.active && holder !== undefined)
        return reject(
          invalid('prefix-taken', 'prefix', {
            zh: `前缀 ${prefix} 已用于“${holder.name.zh}”`,
            en: `The prefix ${prefix} is used by “${holder.name.en}”`,
          }),
        );
      return accept({
        type: 'QueueServiceSet',
        data: {
          centreId: command.centreId,
          serviceId: command.serviceId,
          name,
          prefix,
          active: command.active,
          setBy: command.setBy,
          setAt,
        },
      });
    }
    case 'SetCentreArea': {
      if (!/^\d{6}$/u.test(command.areaCode))
        return reject(
          invalid('invalid-area', 'areaCode', {
            zh: '区域须为6位区县行政区划代码（GB/T 2260）',
            en: 'The area is a six-digit county code (GB/T 2260)',
          }),
        );
      if (!(CENTRE_LEVELS as readonly string[]).includes(command.level))
        return reject(
          invalid('invalid-area', 'level', {
            zh: '中心层级须为区县、镇街或社区',
            en: 'A centre is a district, town or community centre',
          }),
        );
      if (state.area?.areaCode === command.areaCode && state.area.level === command.level) return accept();
      return accept({
        type: 'CentreAreaSet',
        data: {
          centreId: command.centreId,
          level: command.level,
          areaCode: command.areaCode,
          setBy: command.setBy,
          setAt,
        },
      });
    }
    case 'SetQueueCounter': {
      const badId = idProblem(command.counterId, 'counterId');
      if (badId !== null) return reject(badId);
      const name = nameOf(command.name);
      if (isError(name)) return reject(name);
      const serviceIds = [...new Set(command.serviceIds)];
      if (serviceIds.length === 0)
        return reject(
          invalid('counter-without-services', 'serviceIds', {
            zh: '窗口至少办理一项服务',
            en: 'A counter serves at least one service',
          }),
        );
      for (const [index, serviceId] of serviceIds.entries())
        if (!state.services.some((s) => s.serviceId === serviceId && s.active))
          return reject(
            invalid('unknown-service', `serviceIds.${index}`, {
              zh: `本中心没有在用的服务“${serviceId}”`,
              en: `The centre has no active service “${serviceId}”`,
            }),
          );
      const isNew = !state.counters.some((c) => c.counterId === command.counterId);
      if (isNew && state.counters.length >= MAX_QUEUE_COUNTERS)
        return reject(
          invalid('too-many-counters', 'counterId', {
            zh: `一个中心最多设${MAX_QUEUE_COUNTERS}个窗口`,
            en: `A centre has at most ${MAX_QUEUE_COUNTERS} counters`,
          }),
        );
      return accept({
        type: 'QueueCounterSet',
        data: {
          centreId: command.centreId,
          counterId: command.counterId,
          name,
          serviceIds,
          open: command.open,
          setBy: command.setBy,
          setAt,
        },
      });
    }
  }
};

export const queueSetupDecider: Decider<
  QueueSetupCommand,
  QueueSetupEvent,
  QueueSetupState,
  QueueSetupError
> = {
  initialState: initialQueueSetupState,
  evolve: evolveQueueSetup,
  decide: decideQueueSetup,
};
