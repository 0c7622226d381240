/** The 亲清健康指数 screen's words (its own chunk). */
export const HEALTH_INDEX_STRINGS = {
  hiTitle: { zh: '亲清健康指数', en: 'Qin-Qing health index' },
  hiPeriod: {
    zh: '{period} 半年度 · {publishedOn} 发布',
    en: 'Half year {period} · published {publishedOn}',
  },
  hiTotal: { zh: '总指数', en: 'Overall' },
  hiAspects: { zh: '亲近与清白', en: 'Closeness and cleanness' },
  hiDimensions: { zh: '五个维度', en: 'Five dimensions' },
  hiOutOf: { zh: '满分 100', en: 'out of 100' },
  hiNoScore: { zh: '无数据', en: 'no data' },
  hiNone: {
    zh: '本中心所在区县尚未发布亲清健康指数',
    en: "No health index has been published yet for this centre's county",
  },
  hiLoading: { zh: '正在读取…', en: 'Loading…' },
  hiError: { zh: '暂时无法读取，请稍后再试', en: 'Cannot be read right now, please try again later' },
  closeness: { zh: '亲近指数', en: 'Closeness (亲)' },
  cleanness: { zh: '清白指数', en: 'Cleanness (清)' },
  care: { zh: '关心', en: 'Care' },
  service: { zh: '服务', en: 'Service' },
  burden: { zh: '负担', en: 'Burden' },
  integrity: { zh: '廉洁', en: 'Integrity' },
  transparency: { zh: '透明', en: 'Transparency' },
} as const;
