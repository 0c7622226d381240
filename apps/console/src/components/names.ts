import { REQUEST_CATEGORY_NAMES, REQUEST_CHANNEL_NAMES, RATING_NAMES } from '@qinqing/appeals/domain';
import { REQUEST_STATUSES } from '@qinqing/appeals/contracts';
import type { Bilingual } from '../i18n/LocaleContext';

/** Status names as the console shows them (the domain's REQUEST_STATUS_NAMES are sentence-case for timelines). */
export const STATUS_NAMES: Record<(typeof REQUEST_STATUSES)[number], Bilingual> = {
  received: { zh: '待转办', en: 'Received' },
  'awaiting-acceptance': { zh: '待部门签收', en: 'Awaiting acceptance' },
  'in-progress': { zh: '办理中', en: 'In progress' },
  answered: { zh: '已答复', en: 'Answered' },
  rated: { zh: '已评价', en: 'Rated' },
  closed: { zh: '已关闭', en: 'Closed' },
};

const lookup = <K extends string>(table: Record<K, Bilingual>, key: string): Bilingual =>
  (table as Record<string, Bilingual | undefined>)[key] ?? { zh: key, en: key };

export const statusName = (status: string): Bilingual => lookup(STATUS_NAMES, status);
export const categoryName = (category: string): Bilingual => lookup(REQUEST_CATEGORY_NAMES, category);
export const channelName = (channel: string): Bilingual => lookup(REQUEST_CHANNEL_NAMES, channel);
export const ratingName = (rating: string): Bilingual => lookup(RATING_NAMES, rating);

export const PRIORITY_NAMES: Record<'normal' | 'urgent', Bilingual> = {
  normal: { zh: '普通', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
};

/** Who took a step, as the timeline shows it; system steps (the scheduler) and unknown roles show no label. */
const ROLE_NAMES: Record<string, Bilingual> = {
  'service-staff': { zh: '服务专员', en: 'service staff' },
  'department-handler': { zh: '部门经办人', en: 'department handler' },
  supervisor: { zh: '效能督查', en: 'supervisor' },
  administrator: { zh: '管理员', en: 'administrator' },
  'kiosk-enterprise': { zh: '企业（自助终端）', en: 'enterprise (kiosk)' },
  'receipt-holder': { zh: '企业（凭回执）', en: 'enterprise (receipt)' },
};

export const roleName = (role: string): Bilingual | null => ROLE_NAMES[role] ?? null;
