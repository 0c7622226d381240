import { describe, expect, it } from 'vitest';
import { computeIdNumberCheckChar } from './id-number.check';
import { maskIdNumber } from './id-number.mask';
import { validateResidentIdNumber } from './id-number.validate';

const today = '2026-03-15';
const validate = (input: string): ReturnType<typeof validateResidentIdNumber> =>
  validateResidentIdNumber(input, { today });

describe('validateResidentIdNumber', () => {
  it("accepts GB 11643-1999's example 11010519491231002X and reads the birth date", () => {
    expect(computeIdNumberCheckChar('11010519491231002')).toBe('X');
    expect(validate('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
    });
  });

  it("accepts the standard's second example 440524188001010014, born in 1880", () => {
    expect(validate('440524188001010014')).toMatchObject({ ok: true, birthDate: '1880-01-01' });
  });

  it('accepts a lower-case x, spaces and full-width digits', () => {
    expect(validate(' 110105 19491231 002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(validate('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({ ok: true });
  });

  it('tells the person what the 18th character should be', () => {
    const result = validate('110105194912310021');
    expect(result).toMatchObject({ ok: false, reason: 'check', position: 18 });
    expect(!result.ok && result.message.zh).toContain('第18位校验码应为“X”');
  });

  it('rejects a birth date that does not exist or lies after today', () => {
    const impossible = `11010519490229001`;
    expect(validate(`${impossible}${computeIdNumberCheckChar(impossible)}`)).toMatchObject({
      reason: 'birth-date',
      position: 7,
    });
    const tomorrow = '11010520260316001';
    const future = validate(`${tomorrow}${computeIdNumberCheckChar(tomorrow)}`);
    expect(future).toMatchObject({ reason: 'birth-date' });
    expect(!future.ok && future.message.zh).toContain('晚于今天（2026-03-15）');
    const born = '11010520260315001';
    expect(validate(`${born}${computeIdNumberCheckChar(born)}`)).toMatchObject({ ok: true });
  });

  it('explains characters, length and the old 15-digit numbers', () => {
    expect(validate('1101051949X')).toMatchObject({ reason: 'charset', position: 11 });
    expect(validate('11010519491231002Y')).toMatchObject({ reason: 'charset', position: 18 });
    expect(validate('110105194912')).toMatchObject({ reason: 'length' });
    const old = validate('110105491231002');
    expect(!old.ok && old.message.zh).toBe('这是15位的第一代身份证号码，请输入18位号码');
    expect(validate('')).toMatchObject({ reason: 'empty' });
  });

  it('needs today as a real YYYY-MM-DD date', () => {
    expect(() => validateResidentIdNumber('11010519491231002X', { today: '2026-02-30' })).toThrow(RangeError);
  });

  it('masks all but the region code and the last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
