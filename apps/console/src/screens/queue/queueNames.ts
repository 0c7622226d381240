import type { Bilingual } from '../../i18n/LocaleContext';

export const PRIORITY_NAMES: Readonly<Record<string, Bilingual>> = {
  ordinary: { zh: '普通', en: 'Ordinary' },
  elderly: { zh: '老年人优先', en: 'Elderly (priority)' },
  appointment: { zh: '预约优先', en: 'Appointment (priority)' },
};

export const OUTCOME_NAMES: Readonly<Record<string, Bilingual>> = {
  request: { zh: '诉求', en: 'Request' },
  objection: { zh: '信用异议', en: 'Credit objection' },
  repair: { zh: '信用修复申请', en: 'Repair application' },
  registration: { zh: '登记', en: 'Registration' },
};

export const STATUS_NAMES: Readonly<Record<string, Bilingual>> = {
  waiting: { zh: '等候中', en: 'Waiting' },
  called: { zh: '已叫号', en: 'Called' },
  serving: { zh: '办理中', en: 'Serving' },
  finished: { zh: '已办结', en: 'Finished' },
  'no-show': { zh: '未到', en: 'No-show' },
};

/** Seconds as minutes, to one decimal below ten. */
export const minutes = (seconds: number | null): string =>
  seconds === null ? '—' : seconds < 600 ? (seconds / 60).toFixed(1) : String(Math.round(seconds / 60));
