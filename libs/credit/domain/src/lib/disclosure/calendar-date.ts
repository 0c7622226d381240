/** Plain calendar dates live in the kernel (every context dates decisions the same way); credit re-exports them. */
export {
  type CalendarDate,
  chinaDateOf,
  compareCalendarDates,
  daysInMonth,
  endOfMonthsPeriod,
  formatCalendarDate,
  isLeapYear,
  nextDay,
  parseCalendarDate,
} from '@qinqing/shared/domain-kernel';
