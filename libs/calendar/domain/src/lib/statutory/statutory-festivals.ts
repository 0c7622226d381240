/**
 * The seven festivals on which every citizen has a day off (全体公民放假的节日), with their statutory days, as
 * article 2 of 《全国年节及纪念日放假办法》 reads since its 2024 revision (国务院令第795号, in force from
 * 1 January 2025):
 *
 *   （一）元旦，放假1天（1月1日）；（二）春节，放假4天（农历除夕、正月初一至初三）；（三）清明节，放假1天（农历清明当日）；
 *   （四）劳动节，放假2天（5月1日、2日）；（五）端午节，放假1天（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；
 *   （七）国庆节，放假3天（10月1日至3日）。
 *
 * One list serves both the provisional schedule of a year whose notice is not loaded and the check of an
 * administrator's notice before it is accepted.
 */
export type StatutoryFestival =
  'new-year' | 'spring-festival' | 'qingming' | 'labour-day' | 'dragon-boat' | 'mid-autumn' | 'national-day';

export interface StatutoryFestivalRule {
  readonly festival: StatutoryFestival;
  /** The name the 办法 and the notices use. */
  readonly name: string;
  readonly nameEn: string;
  readonly days: number;
  /** Which days, as article 2 says it. */
  readonly rule: { readonly zh: string; readonly en: string };
}

export const STATUTORY_FESTIVALS: readonly StatutoryFestivalRule[] = Object.freeze([
  {
    festival: 'new-year',
    name: '元旦',
    nameEn: "New Year's Day",
    days: 1,
    rule: { zh: '1月1日', en: '1 January' },
  },
  {
    festival: 'spring-festival',
    name: '春节',
    nameEn: 'Spring Festival',
    days: 4,
    rule: {
      zh: '农历除夕、正月初一至初三',
      en: 'lunar New Year’s Eve (last day of the 12th month) and the 1st to 3rd of the 1st month',
    },
  },
  {
    festival: 'qingming',
    name: '清明节',
    nameEn: 'Qingming',
    days: 1,
    rule: { zh: '农历清明当日（清明节气）', en: 'the day of the Qingming solar term' },
  },
  {
    festival: 'labour-day',
    name: '劳动节',
    nameEn: 'Labour Day',
    days: 2,
    rule: { zh: '5月1日、2日', en: '1 and 2 May' },
  },
  {
    festival: 'dragon-boat',
    name: '端午节',
    nameEn: 'Dragon Boat Festival',
    days: 1,
    rule: { zh: '农历端午当日（五月初五）', en: 'the 5th day of the 5th lunar month' },
  },
  {
    festival: 'mid-autumn',
    name: '中秋节',
    nameEn: 'Mid-Autumn Festival',
    days: 1,
    rule: { zh: '农历中秋当日（八月十五）', en: 'the 15th day of the 8th lunar month' },
  },
  {
    festival: 'national-day',
    name: '国庆节',
    nameEn: 'National Day',
    days: 3,
    rule: { zh: '10月1日至3日', en: '1 to 3 October' },
  },
]);

/** 13: the statutory days off of a year under the 2024 revision. */
export const STATUTORY_DAYS_PER_YEAR = STATUTORY_FESTIVALS.reduce((total, f) => total + f.days, 0);

/** Where the statutory days come from, for answers and documents that must cite it. */
export const STATUTORY_BASIS = Object.freeze({
  title: '全国年节及纪念日放假办法',
  revision: '2024年11月10日国务院令第795号修订，2025年1月1日起施行',
  article: '第二条',
  inForceFrom: 2025,
  titleEn:
    'Regulations on Public Holidays for National Festivals and Memorial Days (revised 2024, State Council Decree No. 795)',
});

/**
 * The years the calendar can answer without a loaded notice: from 2025, when the 2024 revision took effect
 * (earlier years had 11 statutory days), to 2099, a horizon no deadline reaches and the span over which
 * tyme4ts's lunar dates and solar terms are checked against a second, independent source (the lunar table and
 * solar-term formula of chinese-days; for 2100 that formula puts 清明 on 4 April, tyme4ts's astronomy on the
 * 5th, and nothing needs 2100). Outside it a year needs its notice or the calendar refuses
 * (`ScheduleNotLoadedError`).
 */
export const PROVISIONAL_YEARS = Object.freeze({ from: STATUTORY_BASIS.inForceFrom, to: 2099 });

export const isProvisionalRangeYear = (year: number): boolean =>
  Number.isInteger(year) && year >= PROVISIONAL_YEARS.from && year <= PROVISIONAL_YEARS.to;

/**
 * Whether a holiday named as a notice names it (e.g. 「国庆节、中秋节」 when two breaks are merged) covers the
 * festival. The short forms 清明, 端午, 中秋 and 国庆 that some reprints use count too.
 */
export const namesFestival = (holidayName: string, festival: StatutoryFestivalRule): boolean => {
  const short =
    festival.name.length === 3 && festival.name.endsWith('节') ? festival.name.slice(0, 2) : festival.name;
  return holidayName.includes(festival.name) || holidayName.includes(short);
};
