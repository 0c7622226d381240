import type { CentreEventKindName, RegistrationStatusName } from '@qinqing/service-centre/contracts';

export const KIND_NAMES: Readonly<Record<CentreEventKindName, { zh: string; en: string }>> = {
  symposium: { zh: '政企恳谈会', en: 'Symposium' },
  'policy-briefing': { zh: '政策宣讲会', en: 'Policy briefing' },
  course: { zh: '商桥微课堂', en: 'Course' },
  'legal-service': { zh: '法律服务', en: 'Legal service' },
};

export const STATUS_NAMES: Readonly<
  Record<'scheduled' | 'cancelled' | 'closed', { zh: string; en: string }>
> = {
  scheduled: { zh: '报名中', en: 'Scheduled' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  closed: { zh: '已结束', en: 'Closed' },
};

export const REGISTRATION_NAMES: Readonly<Record<RegistrationStatusName, { zh: string; en: string }>> = {
  registered: { zh: '已报名', en: 'Registered' },
  waiting: { zh: '候补', en: 'Waiting list' },
  withdrawn: { zh: '已退出', en: 'Withdrawn' },
};

/** An instant in China time, as staff read it. */
export const chinaTime = (iso: string, lang: 'zh' | 'en'): string =>
  new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
