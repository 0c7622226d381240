import type { HolidayScheduleInput } from '../holiday-schedule';
import { noticeDays } from './notice-days';

/**
 * 国务院办公厅关于2026年部分节假日安排的通知, dated and released 2025-11-04.
 * Text checked against the Xinhua release as reprinted by Guangming Online
 * (https://politics.gmw.cn/2025-11/04/content_38391083.htm) and the Zhongshan Daily of 2025-11-05.
 * Those reprints omit the header, so the document number 国办发明电〔2025〕7号 is not confirmed from the notice's
 * own text: it is the number other published calendars cite (one linking www.beijing.gov.cn). Re-check it against
 * www.gov.cn before relying on it in anything shown to the public. The notice adds, after the dates:
 *
 *   鼓励单位和个人结合落实带薪年休假等制度，实际形成较长假期，推动错峰出行。
 */
export const schedule2026Input: HolidayScheduleInput = {
  year: 2026,
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    documentNumber: '国办发明电〔2025〕7号',
    publishedOn: '2025-11-04',
  },
  holidays: [
    {
      name: '元旦',
      dates: noticeDays('2026-01-01', '2026-01-03'),
      noticeClause: '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
    },
    {
      name: '春节',
      dates: noticeDays('2026-02-15', '2026-02-23'),
      noticeClause:
        '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
    },
    {
      name: '清明节',
      dates: noticeDays('2026-04-04', '2026-04-06'),
      noticeClause: '三、清明节：4月4日（周六）至6日（周一）放假，共3天。',
    },
    {
      name: '劳动节',
      dates: noticeDays('2026-05-01', '2026-05-05'),
      noticeClause: '四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。',
    },
    {
      name: '端午节',
      dates: noticeDays('2026-06-19', '2026-06-21'),
      noticeClause: '五、端午节：6月19日（周五）至21日（周日）放假，共3天。',
    },
    {
      name: '中秋节',
      dates: noticeDays('2026-09-25', '2026-09-27'),
      noticeClause: '六、中秋节：9月25日（周五）至27日（周日）放假，共3天。',
    },
    {
      name: '国庆节',
      dates: noticeDays('2026-10-01', '2026-10-07'),
      noticeClause:
        '七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
    },
  ],
  makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
