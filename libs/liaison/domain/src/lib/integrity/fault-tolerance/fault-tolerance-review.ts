import {
  accept,
  type Decider,
  type DomainError,
  type DomainEvent,
  type LocalizedMessage,
  reject,
} from '@qinqing/shared/domain-kernel';
import { ruleError } from '../integrity-rules';

/**
 * 三个区分开来 (Kunshan 七, Jinjiang 五(一), Qingdao 四(十二)): each distinction sets an error that is tolerated
 * (容错) against the wrongdoing it must be told apart from. The words are the sources' (Kunshan 七, Jinjiang 五(一)).
 */
export const THREE_DISTINCTIONS = {
  'lack-of-experience': {
    tolerated: {
      zh: '因缺乏经验、先行先试出现的失误和错误',
      en: 'errors from inexperience in trying things first',
    },
    wrongdoing: { zh: '明知故犯的违纪违法行为', en: 'knowing violations' },
  },
  'exploratory-trial': {
    tolerated: {
      zh: '上级尚无明确限制的探索性试验中的失误和错误',
      en: 'errors in exploratory trials the higher level had not restricted',
    },
    wrongdoing: {
      zh: '上级明令禁止后依然我行我素的违纪违法行为',
      en: 'carrying on after an explicit prohibition',
    },
  },
  'unintentional-for-development': {
    tolerated: { zh: '为推动发展的无意过失', en: 'unintentional faults in pursuing development' },
    wrongdoing: { zh: '为谋取私利的违纪违法行为', en: 'violations for private gain' },
  },
} as const satisfies Record<
  string,
  { readonly tolerated: LocalizedMessage; readonly wrongdoing: LocalizedMessage }
>;

export type Distinction = keyof typeof THREE_DISTINCTIONS;
export const DISTINCTIONS = Object.keys(THREE_DISTINCTIONS) as Distinction[];

/** The classification of the error: its distinction, and on which side of it the review found it. */
export type ReviewFinding = 'tolerated' | 'wrongdoing';

export type FaultToleranceReviewRecorded = DomainEvent<
  'FaultToleranceReviewRecorded',
  {
    readonly reviewId: string;
    readonly officialId: string;
    readonly reviewedBy: string;
    readonly reviewerRole: 'supervisor' | 'discipline-inspector';
    /** The error under review, as documented. */
    readonly matter: string;
    readonly distinction: Distinction;
    readonly finding: ReviewFinding;
    /** Why the review found so: the documented reasoning. */
    readonly reasoning: string;
    /** 纠错: what is to be corrected, whatever the finding. */
    readonly corrections: string;
    readonly recordedAt: string;
  }
>;

export interface RecordFaultToleranceReview {
  readonly type: 'RecordFaultToleranceReview';
  readonly reviewId: string;
  readonly officialId: string;
  readonly reviewedBy: string;
  readonly reviewerRole: 'supervisor' | 'discipline-inspector';
  readonly matter: string;
  readonly distinction: Distinction;
  readonly finding: ReviewFinding;
  readonly reasoning: string;
  readonly corrections: string;
}

export type FaultToleranceReviewState =
  | { readonly status: 'absent' }
  | { readonly status: 'recorded'; readonly review: FaultToleranceReviewRecorded['data'] };

const PREFIX = 'liaison-fault-review-';
export const faultReviewStreamId = (reviewId: string): string => `${PREFIX}${reviewId}`;
export const faultReviewIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;

const invalid = (field: string, zh: string, en: string) =>
  reject(ruleError('validation', 'invalid-fault-review', 'fault-tolerance', { zh, en }, { field }));

/** A documented fault-tolerance review (容错纠错) of one official's error, recorded once. */
export const faultToleranceReviewDecider: Decider<
  RecordFaultToleranceReview,
  FaultToleranceReviewRecorded,
  FaultToleranceReviewState,
  DomainError
> = {
  initialState: () => ({ status: 'absent' }),
  evolve: (_state, event) => ({ status: 'recorded', review: event.data }),
  decide: (command, state, { now }) => {
    if (state.status !== 'absent') {
      return reject(
        ruleError('conflict', 'fault-review-exists', 'fault-tolerance', {
          zh: '该审查已记录',
          en: 'This review is recorded already',
        }),
      );
    }
    if (command.reviewedBy === command.officialId) {
      return reject(
        ruleError('forbidden', 'own-fault-review', 'fault-tolerance', {
          zh: '不能审查本人的失误',
          en: 'Nobody reviews their own error',
        }),
      );
    }
    if (!DISTINCTIONS.includes(command.distinction))
      return invalid('distinction', '未知的区分类别', 'Unknown distinction');
    if (command.finding !== 'tolerated' && command.finding !== 'wrongdoing') {
      return invalid('finding', '结论须为容错或违纪违法', 'The finding is tolerated or wrongdoing');
    }
    for (const field of ['matter', 'reasoning'] as const) {
      if (command[field].trim() === '') return invalid(field, '须书面说明', 'This must be documented');
    }
    return accept({
      type: 'FaultToleranceReviewRecorded',
      data: {
        reviewId: command.reviewId,
        officialId: command.officialId,
        reviewedBy: command.reviewedBy,
        reviewerRole: command.reviewerRole,
        matter: command.matter.trim(),
        distinction: command.distinction,
        finding: command.finding,
        reasoning: command.reasoning.trim(),
        corrections: command.corrections.trim(),
        recordedAt: now.toISOString(),
      },
    });
  },
};

/** The classification in words: the side of the distinction the review found. */
export const classificationOf = (distinction: Distinction, finding: ReviewFinding): LocalizedMessage =>
  THREE_DISTINCTIONS[distinction][finding];
