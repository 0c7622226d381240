import type { ClockView } from '@qinqing/appeals/contracts';
import { useText } from '../i18n/useText';

export const CLOCK_NAMES: Record<ClockView['clock'], { zh: string; en: string }> = {
  accept: { zh: '签收时限', en: 'Accept' },
  reply: { zh: '答复时限', en: 'Reply' },
  resolve: { zh: '办结时限', en: 'Resolve' },
  'report-up': { zh: '上报上级时限', en: 'Report up' },
  inform: { zh: '告知时限', en: 'Inform' },
};

/** Colour as a deadline nears: overdue, due within a working day, or comfortable; always with words too. */
export const clockTone = (clock: ClockView): 'overdue' | 'near' | 'ok' | 'settled' => {
  if (clock.status === 'overdue') return 'overdue';
  if (clock.status !== 'running' || clock.workingDaysLeft === null) return 'settled';
  // Past due but not overdue per the API: an alternative outcome clock (report up / inform) nobody chose yet.
  return clock.workingDaysLeft <= 1 ? 'near' : 'ok';
};

/** `name` labels a clock of another context (credit's objection and repair limits) in place of appeals' names. */
export const ClockBadge = ({
  clock,
  name,
}: {
  readonly clock: ClockView;
  readonly name?: { zh: string; en: string };
}) => {
  const { t, tr } = useText();
  const tone = clockTone(clock);
  const left = clock.workingDaysLeft;
  const words =
    tone === 'overdue'
      ? left === null
        ? tr('已超期', 'overdue')
        : tr(`超期${Math.abs(left)}个工作日`, `${Math.abs(left)} working days overdue`)
      : left !== null && clock.status === 'running' && left < 0
        ? tr(`期限已过${Math.abs(left)}个工作日`, `due ${Math.abs(left)} working days ago`)
        : left !== null && clock.status === 'running'
          ? tr(`剩${left}个工作日`, `${left} working days left`)
          : clock.status === 'met'
            ? tr('按时完成', 'met')
            : clock.status === 'late'
              ? tr('逾期完成', 'met late')
              : clock.status === 'running'
                ? tr('已暂停', 'paused')
                : tr('已结束', 'ended');
  return (
    <span className={`clock clock--${tone}`}>
      <span className="clock__name">{t(name ?? CLOCK_NAMES[clock.clock])}</span> {words}
      {clock.due === null ? null : <span className="clock__due"> ({clock.due})</span>}
      {clock.provisional ? <ProvisionalTag /> : null}
    </span>
  );
};

/**
 * 暂定: the date runs through a year whose holiday notice is not loaded; it was counted from the statutory
 * festivals only and will be recomputed once the notice is loaded. Said in words, not only by the mark.
 */
export const ProvisionalTag = () => {
  const { tr } = useText();
  return (
    <span
      className="tag tag--provisional"
      title={tr(
        '该年节假日安排尚未载入，暂按法定节日计算，通知载入后重新核定',
        'That year’s holiday notice is not loaded: counted from statutory holidays only, recomputed once it is',
      )}
    >
      {tr('暂定', 'provisional')}
    </span>
  );
};

const ALTERNATIVES: readonly ClockView['clock'][] = ['report-up', 'inform'];

/**
 * The clock that matters most now: an overdue one, else the running one with the fewest days left; the
 * alternative outcome clocks (report up, inform) come last, as they only bind when chosen.
 */
export const mostUrgentClock = (clocks: readonly ClockView[]): ClockView | null => {
  const rank = (c: ClockView) =>
    (c.status === 'overdue' ? -10_000 : 0) +
    (ALTERNATIVES.includes(c.clock) ? 10_000 : 0) +
    (c.workingDaysLeft ?? 999);
  const running = clocks.filter((c) => c.status === 'running' || c.status === 'overdue');
  return [...running].sort((a, b) => rank(a) - rank(b))[0] ?? null;
};
