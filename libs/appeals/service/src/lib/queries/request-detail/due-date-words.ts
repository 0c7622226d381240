import type {
  DueDateKind,
  DueDatesMarkedProvisional,
  DueDatesRederived,
  ProvisionalDueDate,
} from '@qinqing/appeals/domain';

type Words = { zh: string; en: string };

export const DUE_DATE_NAMES: Record<DueDateKind, Words> = {
  accept: { zh: '接收期限', en: 'acceptance deadline' },
  reply: { zh: '首次答复期限', en: 'first-reply deadline' },
  resolve: { zh: '办结期限', en: 'resolution deadline' },
  'report-up': { zh: '上报期限', en: 'reporting-up deadline' },
  inform: { zh: '告知期限', en: 'informing deadline' },
  claim: { zh: '退回期限', en: 'send-back window' },
  feedback: { zh: '评价期限', en: 'feedback window' },
};

const years = (list: readonly number[]): string => list.join('、');

/** 暂定: which due dates wait for which year's notice, in words for the timeline. */
export const provisionalWords = (event: DueDatesMarkedProvisional): Words => {
  const entries = Object.entries(event.data.dueDates) as [DueDateKind, ProvisionalDueDate][];
  const waiting = [...new Set(entries.flatMap(([, mark]) => mark.years))].sort((a, b) => a - b);
  return {
    zh: `${entries.map(([kind, mark]) => `${DUE_DATE_NAMES[kind].zh} ${mark.due}`).join('，')} 为暂定：${years(waiting)}年节假日安排尚未公布载入，暂按《全国年节及纪念日放假办法》的法定节日计算，通知载入后重新核定`,
    en: `${entries.map(([kind, mark]) => `${DUE_DATE_NAMES[kind].en} ${mark.due}`).join(', ')} provisional: the ${waiting.join(' and ')} holiday notice is not loaded yet, so statutory holidays only were counted; recomputed once it is loaded`,
  };
};

/** A re-derivation: each due date's old and new value, and the notice that decided it. */
export const rederivedWords = (event: DueDatesRederived): Words => {
  const notices = event.data.notices.map((n) => `${n.title}（${n.documentNumber}）`).join('、');
  const noticesEn = event.data.notices.map((n) => `the ${n.year} notice (${n.documentNumber})`).join(', ');
  const change = (c: DueDatesRederived['data']['changes'][number], lang: 'zh' | 'en'): string =>
    c.previousDue === c.due
      ? lang === 'zh'
        ? `${DUE_DATE_NAMES[c.kind].zh} ${c.due} 不变`
        : `${DUE_DATE_NAMES[c.kind].en} stays ${c.due}`
      : lang === 'zh'
        ? `${DUE_DATE_NAMES[c.kind].zh}由 ${c.previousDue} 改为 ${c.due}`
        : `${DUE_DATE_NAMES[c.kind].en} moved from ${c.previousDue} to ${c.due}`;
  return {
    zh: `依据${notices}重新核定期限：${event.data.changes.map((c) => change(c, 'zh')).join('，')}`,
    en: `Deadlines recomputed under ${noticesEn}: ${event.data.changes.map((c) => change(c, 'en')).join('; ')}`,
  };
};
