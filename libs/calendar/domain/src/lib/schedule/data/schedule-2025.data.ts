import type { HolidayScheduleInput } from '../holiday-schedule';
import { noticeDays } from './notice-days';

/**
 * 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号），dated and released 2024-11-12.
 * Text checked against the Xinhua release as reprinted by Guangming Online
 * (https://m.gmw.cn/2024-11/12/content_1303894933.htm); the document number appears on reprints of the full
 * notice that carry its header. The notice's preamble, which explains this year's new pattern:
 *
 *   经党中央、国务院批准，根据2024年11月修订的《全国年节及纪念日放假办法》，自2025年1月1日起，全体公民放假的假日
 *   增加2天，其中春节、劳动节各增加1天。据此对放假调休原则作进一步优化完善，除个别特殊情形外，春节自农历除夕起放假
 *   调休8天，国庆节自10月1日起放假调休7天，劳动节放假调休5天，元旦、清明节、端午节、中秋节分别放假调休或连休3天
 *   （如逢周三则只在当日放假），国庆节放假如逢中秋节则合并放假8天。
 */
export const schedule2025Input: HolidayScheduleInput = {
  year: 2025,
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    publishedOn: '2024-11-12',
  },
  holidays: [
    {
      name: '元旦',
      dates: ['2025-01-01'],
      noticeClause: '一、元旦：1月1日（周三）放假1天，不调休。',
    },
    {
      name: '春节',
      dates: noticeDays('2025-01-28', '2025-02-04'),
      noticeClause:
        '二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
    },
    {
      name: '清明节',
      dates: noticeDays('2025-04-04', '2025-04-06'),
      noticeClause: '三、清明节：4月4日（周五）至6日（周日）放假，共3天。',
    },
    {
      name: '劳动节',
      dates: noticeDays('2025-05-01', '2025-05-05'),
      noticeClause: '四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。',
    },
    {
      name: '端午节',
      dates: noticeDays('2025-05-31', '2025-06-02'),
      noticeClause: '五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。',
    },
    {
      name: '国庆节、中秋节',
      dates: noticeDays('2025-10-01', '2025-10-08'),
      noticeClause:
        '六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
    },
  ],
  makeUpWorkingDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};
