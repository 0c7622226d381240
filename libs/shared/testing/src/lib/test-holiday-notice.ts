/**
 * A 2027 holiday notice FOR TESTS ONLY — not the real one, which the platform must never ship or pre-fill. It
 * has every statutory day of the 2024 办法 (so it passes validation) and the shape real notices have: breaks
 * widened with bridge days and weekend make-up working days, so tests can see dates move when it is loaded.
 * Typed structurally (no import of the calendar library, which tests it).
 */
export const TEST_HOLIDAY_NOTICE_2027 = {
  year: 2027,
  source: {
    title: '测试用2027年节假日安排（非真实通知）',
    documentNumber: '测试〔2026〕1号',
    publishedOn: '2026-11-10',
  },
  holidays: [
    { name: '元旦', dates: ['2027-01-01', '2027-01-02', '2027-01-03'] },
    {
      name: '春节',
      dates: [
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-02-12',
      ],
    },
    { name: '清明节', dates: ['2027-04-03', '2027-04-04', '2027-04-05'] },
    { name: '劳动节', dates: ['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05'] },
    { name: '端午节', dates: ['2027-06-09'] },
    { name: '中秋节', dates: ['2027-09-15'] },
    {
      name: '国庆节',
      dates: [
        '2027-10-01',
        '2027-10-02',
        '2027-10-03',
        '2027-10-04',
        '2027-10-05',
        '2027-10-06',
        '2027-10-07',
      ],
    },
  ],
  makeUpWorkingDays: ['2027-01-30', '2027-02-20', '2027-04-25', '2027-09-26', '2027-10-09'],
} as const satisfies {
  readonly year: number;
  readonly source: { readonly title: string; readonly documentNumber: string; readonly publishedOn: string };
  readonly holidays: readonly { readonly name: string; readonly dates: readonly string[] }[];
  readonly makeUpWorkingDays: readonly string[];
};
