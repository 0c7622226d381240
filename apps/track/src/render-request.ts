import type { EnterpriseDeadline, TrackedRequest } from '@qinqing/appeals/contracts';
import { ENTERPRISE_STATUS_NAMES, RATING_NAMES, RATINGS } from '@qinqing/appeals/domain';
import { h } from './dom';
import type { Lang, StringKey } from './strings';

/** Where the visitor is with the request on screen: reading, choosing a rating, confirming it, reopening. */
export type ResultState =
  | { readonly kind: 'idle'; readonly error?: string }
  | { readonly kind: 'rating'; readonly rating: string; readonly comment: string; readonly error?: string }
  | {
      readonly kind: 'confirming';
      readonly rating: string;
      readonly comment: string;
      readonly error?: string;
    }
  | { readonly kind: 'reopening'; readonly error?: string }
  | { readonly kind: 'rated'; readonly error?: string }
  | { readonly kind: 'reopened'; readonly error?: string };

export interface RenderContext {
  readonly lang: Lang;
  readonly t: (key: StringKey, values?: Record<string, string | number>) => string;
  readonly state: ResultState;
  readonly busy: boolean;
  readonly act: {
    readonly choose: (rating: string, comment: string) => void;
    readonly confirm: (rating: string, comment: string) => void;
    readonly back: () => void;
    readonly rate: (rating: string, comment: string) => void;
    readonly reopen: (reason: string) => void;
    readonly toggleReopen: (open: boolean) => void;
  };
}

const named = <T extends string>(table: Record<T, { zh: string; en: string }>, key: string, lang: Lang) =>
  (table as Record<string, { zh: string; en: string } | undefined>)[key]?.[lang] ?? key;

const deadlineText = (deadline: EnterpriseDeadline, context: RenderContext): string => {
  const { t } = context;
  const suffix =
    deadline.status === 'met'
      ? t('met')
      : deadline.status === 'late'
        ? t('late')
        : deadline.status === 'overdue'
          ? t('overdue')
          : deadline.workingDaysLeft !== null && deadline.workingDaysLeft >= 0
            ? t('daysLeft', { n: deadline.workingDaysLeft })
            : '';
  return `${deadline.due ?? '—'}${deadline.provisional ? t('provisional') : ''}${suffix}`;
};

const formatInstant = (iso: string, lang: Lang): string =>
  new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  });

const ratingSection = (detail: TrackedRequest, context: RenderContext): HTMLElement | null => {
  const { t, lang, state, busy, act } = context;
  if (!detail.allowedActions.includes('rate')) return null;
  const chosen = state.kind === 'rating' || state.kind === 'confirming' ? state.rating : '';
  const comment = state.kind === 'rating' || state.kind === 'confirming' ? state.comment : '';
  if (state.kind === 'confirming') {
    return h(
      'section',
      { class: 'card rate', 'aria-labelledby': 'rate-title' },
      h('h2', { id: 'rate-title', tabindex: '-1' }, t('rateTitle')),
      h(
        'p',
        { class: 'confirm', id: 'rate-confirm-text' },
        t('rateConfirmText', { rating: named(RATING_NAMES, chosen, lang) }),
      ),
      comment === '' ? null : h('p', { class: 'quote' }, comment),
      state.error === undefined ? null : h('p', { class: 'error', role: 'alert' }, state.error),
      h(
        'div',
        { class: 'buttons' },
        button(t('rateConfirm'), 'primary', busy, () => act.rate(chosen, comment)),
        button(t('rateBack'), 'secondary', busy, () => act.back()),
      ),
    );
  }
  const options = h(
    'fieldset',
    { class: 'ratings' },
    h('legend', {}, t('rateTitle')),
    ...RATINGS.map((rating) => {
      const input = h('input', {
        type: 'radio',
        name: 'rating',
        value: rating,
        id: `rating-${rating}`,
        checked: chosen === rating,
      });
      input.addEventListener('change', () => act.choose(rating, commentBox.value));
      return h(
        'label',
        { class: `rating rating--${rating}`, for: `rating-${rating}` },
        input,
        named(RATING_NAMES, rating, lang),
      );
    }),
  );
  const commentBox = h('textarea', { id: 'rate-comment', rows: '3', maxlength: '1000' });
  commentBox.value = comment;
  const problem = h('p', { class: 'error', role: 'alert', id: 'rate-error' }, state.error ?? '');
  return h(
    'section',
    { class: 'card rate', 'aria-labelledby': 'rate-title' },
    h('h2', { id: 'rate-title', tabindex: '-1' }, t('rateTitle')),
    h('p', { class: 'hint' }, t('rateFinal')),
    options,
    h('label', { for: 'rate-comment' }, t('rateComment')),
    commentBox,
    problem,
    h(
      'div',
      { class: 'buttons' },
      button(t('rateNext'), 'primary', busy, () => {
        if (chosen === '') problem.textContent = t('rateChoose');
        else act.confirm(chosen, commentBox.value.trim());
      }),
    ),
  );
};

const reopenSection = (detail: TrackedRequest, context: RenderContext): HTMLElement | null => {
  const { t, state, busy, act } = context;
  if (!detail.allowedActions.includes('reopen')) return null;
  if (state.kind !== 'reopening')
    return h(
      'div',
      { class: 'buttons' },
      button(t('reopen'), 'secondary', busy, () => act.toggleReopen(true)),
    );
  const reason = h('textarea', { id: 'reopen-reason', rows: '3', maxlength: '1000' });
  const problem = h('p', { class: 'error', role: 'alert' }, state.error ?? '');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'reopen-title' },
    h('h2', { id: 'reopen-title', tabindex: '-1' }, t('reopen')),
    h('label', { for: 'reopen-reason' }, t('reopenReason')),
    reason,
    problem,
    h(
      'div',
      { class: 'buttons' },
      button(t('reopenSend'), 'primary', busy, () => {
        if (reason.value.trim() === '') problem.textContent = t('reopenEmpty');
        else act.reopen(reason.value.trim());
      }),
      button(t('rateBack'), 'secondary', busy, () => act.toggleReopen(false)),
    ),
  );
};

const button = (label: string, kind: 'primary' | 'secondary', disabled: boolean, onClick: () => void) => {
  const element = h('button', { type: 'button', class: kind, disabled }, label);
  element.addEventListener('click', onClick);
  return element;
};

/** The request as the enterprise may see it: status, its two deadlines by name, the answer, the steps. */
export const renderRequest = (detail: TrackedRequest, context: RenderContext): HTMLElement[] => {
  const { t, lang, state } = context;
  const facts = h(
    'dl',
    { class: 'facts' },
    h(
      'div',
      {},
      h('dt', {}, t('status')),
      h('dd', { id: 'status', class: 'status' }, named(ENTERPRISE_STATUS_NAMES, detail.status, lang)),
    ),
    ...detail.deadlines.map((deadline) =>
      h(
        'div',
        {},
        h('dt', {}, deadline.name[lang]),
        h('dd', { id: `due-${deadline.deadline}` }, deadlineText(deadline, context)),
      ),
    ),
  );
  const notice = state.kind === 'rated' ? t('rated') : state.kind === 'reopened' ? t('reopened') : null;
  return [
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'request-title' },
      h('h2', { id: 'request-title', tabindex: '-1' }, detail.title),
      h('p', { class: 'hint' }, `${t('code')} ${detail.receiptCode}`),
      facts,
      detail.deadlines.some((deadline) => deadline.provisional)
        ? h('p', { class: 'hint' }, t('provisionalNote'))
        : null,
      detail.answer === null
        ? null
        : h(
            'div',
            { class: 'answer' },
            h('h3', {}, t('answer')),
            h('p', { id: 'answer' }, detail.answer.text),
          ),
      notice === null ? null : h('p', { class: 'ok', role: 'status' }, notice),
      detail.rating === null
        ? null
        : h(
            'p',
            { id: 'your-rating' },
            t('yourRating', { rating: named(RATING_NAMES, detail.rating, lang) }),
          ),
    ),
    ...[ratingSection(detail, context), reopenSection(detail, context)].filter(
      (x): x is HTMLElement => x !== null,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'timeline-title' },
      h('h2', { id: 'timeline-title' }, t('timeline')),
      h(
        'ol',
        { class: 'timeline', id: 'timeline' },
        ...detail.timeline.map((entry) =>
          h(
            'li',
            {},
            h('time', { datetime: entry.at }, formatInstant(entry.at, lang)),
            h('span', {}, entry.summary[lang]),
          ),
        ),
      ),
    ),
  ];
};
