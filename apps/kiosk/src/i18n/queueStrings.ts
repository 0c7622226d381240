import type { LocalizedText } from '@qinqing/shared/chinese-ids';

/** The kiosk's words for the walk-in queue (取号 and the rating of a visit): loaded with its lazy chunk. */
export const QUEUE_STRINGS = {
  queueTitle: { zh: '取号', en: 'Take a ticket' },
  queueChooseService: { zh: '请选择要办理的事项', en: 'What do you need?' },
  queueWaiting: { zh: '{n}人等候', en: '{n} waiting' },
  queueEstimate: { zh: '约{n}分钟', en: 'about {n} min' },
  queueClosed: { zh: '暂无窗口办理', en: 'No counter open' },
  queuePriority: { zh: '优先取号（请如实选择）', en: 'Priority (please choose truthfully)' },
  queueOrdinary: { zh: '普通', en: 'Ordinary' },
  queueElderly: { zh: '老年人（60岁以上）', en: 'Aged 60 or over' },
  queueAppointment: { zh: '已预约', en: 'Appointment' },
  queueTake: { zh: '取号', en: 'Take the ticket' },
  queueTaking: { zh: '正在取号…', en: 'Taking a ticket…' },
  queueYourNumber: { zh: '您的号码', en: 'Your number' },
  queueAhead: { zh: '前面还有{n}人', en: '{n} ahead of you' },
  queueWatch: {
    zh: '请留意叫号屏和语音提示，叫到号后到指定窗口办理。',
    en: 'Watch the hall display and listen for your number, then go to the counter shown.',
  },
  queuePrint: { zh: '打印号票', en: 'Print the ticket' },
  queueCode: { zh: '评价码', en: 'Rating code' },
  queueCodeHint: {
    zh: '办完后可凭评价码在本机评价服务（只能评价一次）',
    en: 'After your visit, rate it here with this code (once)',
  },
  queueRateTitle: { zh: '已办完？评价本次服务', en: 'Done? Rate your visit' },
  queueRateCode: { zh: '号票上的评价码（10位）', en: 'The rating code on your ticket (10 characters)' },
  queueRateStars: { zh: '{n}星', en: '{n} stars' },
  queueRated: { zh: '感谢您的评价！{number} 号：{n}星', en: 'Thank you! Ticket {number}: {n} stars' },
  queueNoServices: { zh: '本中心暂未开通取号。', en: 'This centre does not give tickets yet.' },
  queueError: {
    zh: '暂时无法取号，请到服务台咨询。',
    en: 'Tickets are not available right now; please ask at the desk.',
  },
} satisfies Record<string, LocalizedText>;
