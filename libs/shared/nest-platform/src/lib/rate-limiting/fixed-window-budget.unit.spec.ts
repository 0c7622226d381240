import { describe, expect, it } from 'vitest';
import { FixedWindowBudget } from './fixed-window-budget';

const at = (time: string) => Date.parse(`2026-12-02T${time}Z`);

describe('FixedWindowBudget', () => {
  it('given three a minute, takes three, then refuses until the next minute opens, saying how long', () => {
    const budget = new FixedWindowBudget(3, 60_000);
    expect([at('02:00:05'), at('02:00:20'), at('02:00:40')].map((now) => budget.take(now))).toEqual([
      0, 0, 0,
    ]);
    expect(budget.take(at('02:00:45'))).toBe(15);
    expect(budget.take(at('02:00:59.500'))).toBe(1);
    expect(budget.take(at('02:01:00'))).toBe(0);
  });

  it('counts a refusal as nothing: the next window starts full', () => {
    const budget = new FixedWindowBudget(1, 60_000);
    expect(budget.take(at('02:00:00'))).toBe(0);
    for (let i = 0; i < 10; i += 1) expect(budget.take(at('02:00:30'))).toBe(30);
    expect(budget.take(at('02:01:10'))).toBe(0);
    expect(budget.take(at('02:01:11'))).toBe(49);
  });
});
