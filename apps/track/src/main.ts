import type { TrackedRequest } from '@qinqing/appeals/contracts';
import { ApiError, type Proof, trackApi, Unreachable } from './api';
import { renderRequest, type ResultState } from './render-request';
import { fill, type Lang, STRINGS, type StringKey } from './strings';
import './track.css';

/** Receipt codes leave out 0/O/1/I/L; people read them off paper, so case, spaces and dashes are forgiven. */
const RECEIPT_CODE = /^[2-9A-HJKMNP-Z]{12}$/u;
const normaliseCode = (text: string): string => text.toUpperCase().replace(/[\s-]/gu, '');

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no #${id}`);
  return element as T;
};

const form = byId<HTMLFormElement>('lookup');
const codeInput = byId<HTMLInputElement>('code');
const digitsInput = byId<HTMLInputElement>('digits');
const lookupError = byId<HTMLParagraphElement>('lookup-error');
const submit = form.querySelector<HTMLButtonElement>('button[type=submit]');
const result = byId<HTMLElement>('result');
const langButton = byId<HTMLButtonElement>('lang');

// Chinese first, as on the receipt; the switch is one tap away.
let lang: Lang = 'zh';
let proof: Proof | null = null;
let detail: TrackedRequest | null = null;
let busy = false;
let state: ResultState = { kind: 'idle' };

const t = (key: StringKey, values?: Record<string, string | number>): string =>
  values === undefined ? STRINGS[key][lang] : fill(STRINGS[key][lang], values);

const explain = (failure: unknown): string => {
  if (failure instanceof Unreachable) return t('network');
  if (failure instanceof ApiError && (failure.status === 404 || failure.status === 401)) return t('notFound');
  if (failure instanceof ApiError && failure.text !== null) return failure.text[lang];
  return t('network');
};

const render = (): void => {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset['i18n'] as StringKey | undefined;
    if (key !== undefined && key in STRINGS) element.textContent = t(key);
  }
  if (submit !== null) {
    submit.disabled = busy;
    submit.textContent = busy ? t('searching') : t('query');
  }
  langButton.textContent = lang === 'zh' ? 'English' : '中文';
  langButton.lang = lang === 'zh' ? 'en' : 'zh-CN';
  result.replaceChildren(
    ...(detail === null
      ? []
      : renderRequest(detail, {
          lang,
          t,
          state,
          busy,
          act: { choose, confirm, back, rate, reopen, toggleReopen },
        })),
  );
};

const setState = (next: ResultState): void => {
  state = next;
  render();
};

const run = async (action: () => Promise<unknown>, done: ResultState): Promise<void> => {
  if (proof === null || detail === null) return;
  busy = true;
  render();
  try {
    await action();
    detail = await trackApi.track(proof);
    state = done;
  } catch (failure) {
    state = { ...state, error: explain(failure) } as ResultState;
  } finally {
    busy = false;
    render();
  }
};

const choose = (rating: string, comment: string): void => setState({ kind: 'rating', rating, comment });
const confirm = (rating: string, comment: string): void => setState({ kind: 'confirming', rating, comment });
const back = (): void =>
  setState(state.kind === 'confirming' ? { ...state, kind: 'rating' } : { kind: 'idle' });
const rate = (rating: string, comment: string): void => {
  const { requestId } = detail ?? { requestId: '' };
  if (proof !== null)
    void run(() => trackApi.rate(requestId, proof as Proof, rating, comment), { kind: 'rated' });
};
const reopen = (reason: string): void => {
  const { requestId } = detail ?? { requestId: '' };
  if (proof !== null)
    void run(() => trackApi.reopen(requestId, proof as Proof, reason), { kind: 'reopened' });
};
const toggleReopen = (open: boolean): void => setState(open ? { kind: 'reopening' } : { kind: 'idle' });

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const receiptCode = normaliseCode(codeInput.value);
  const phoneLast4 = digitsInput.value.trim();
  const problem = !RECEIPT_CODE.test(receiptCode)
    ? { input: codeInput, text: t('codeInvalid') }
    : !/^\d{4}$/u.test(phoneLast4)
      ? { input: digitsInput, text: t('digitsInvalid') }
      : null;
  codeInput.setAttribute('aria-invalid', String(problem?.input === codeInput));
  digitsInput.setAttribute('aria-invalid', String(problem?.input === digitsInput));
  lookupError.textContent = problem?.text ?? '';
  if (problem !== null) {
    problem.input.focus();
    return;
  }
  busy = true;
  render();
  void trackApi
    .track({ receiptCode, phoneLast4 })
    .then(
      (found) => {
        proof = { receiptCode, phoneLast4 };
        detail = found;
        state = { kind: 'idle' };
      },
      (failure: unknown) => {
        detail = null;
        lookupError.textContent = explain(failure);
      },
    )
    .finally(() => {
      busy = false;
      render();
      if (detail !== null) result.querySelector<HTMLElement>('h2')?.focus();
    });
});

langButton.addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  lookupError.textContent = '';
  render();
});

// The QR code on a receipt carries the code: only the four digits are left to type.
const fromUrl = new URLSearchParams(window.location.search).get('r') ?? '';
if (fromUrl !== '') {
  codeInput.value = normaliseCode(fromUrl).slice(0, 12);
  digitsInput.focus();
}
render();
