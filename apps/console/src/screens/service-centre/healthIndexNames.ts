import type { HealthIndexAreaView } from '@qinqing/service-centre/contracts';

type Text = { readonly zh: string; readonly en: string };

export const ASPECT_NAMES: Readonly<Record<keyof HealthIndexAreaView['aspects'], Text>> = {
  closeness: { zh: '亲近指数', en: 'Closeness (亲)' },
  cleanness: { zh: '清白指数', en: 'Cleanness (清)' },
};

export const DIMENSION_NAMES: Readonly<Record<keyof HealthIndexAreaView['dimensions'], Text>> = {
  care: { zh: '关心', en: 'Care' },
  service: { zh: '服务', en: 'Service' },
  burden: { zh: '负担', en: 'Burden' },
  integrity: { zh: '廉洁', en: 'Integrity' },
  transparency: { zh: '透明', en: 'Transparency' },
};

export const INDICATOR_NAMES: Readonly<Record<HealthIndexAreaView['indicators'][number]['id'], Text>> = {
  'pairings-visited': { zh: '结对走访覆盖率', en: 'Pairings visited' },
  'symposia-held': { zh: '政企恳谈会场次', en: 'Symposia held' },
  'request-timeliness': { zh: '诉求按时办结率', en: 'Requests answered on time' },
  'request-resolution': { zh: '诉求解决率', en: 'Requests resolved' },
  'request-satisfaction': { zh: '诉求满意度', en: 'Request satisfaction' },
  'queue-waiting': { zh: '窗口平均等候', en: 'Mean wait at the counters' },
  'repeat-requests': { zh: '重复诉求率', en: 'Repeat requests' },
  'reopen-rate': { zh: '诉求重启率', en: 'Requests reopened' },
  'substantiated-reports': { zh: '每千户查实举报', en: 'Substantiated reports per 1,000' },
  'filing-compliance': { zh: '报备按时报告率', en: 'Filings reported on time' },
  'recusal-rate': { zh: '回避落实率', en: 'Conflicts followed by recusal' },
  'policies-explained': { zh: '政策推送附理由率', en: 'Policies pushed with reasons' },
  'boards-on-time': { zh: '红黑榜按时发布率', en: 'Boards published on time' },
};

export const score = (value: number | null): string => (value === null ? '—' : value.toFixed(1));
