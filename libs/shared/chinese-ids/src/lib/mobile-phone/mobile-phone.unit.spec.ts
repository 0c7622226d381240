import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskMiddle } from '../common/mask-middle';
import { maskPhone } from './mobile-phone.mask';
import { validateMainlandMobileNumber } from './mobile-phone.validate';

describe('mainland mobile numbers', () => {
  it('accepts 11 digits starting 13 to 19, with the usual decorations removed', () => {
    expect(validateMainlandMobileNumber('13812345678')).toEqual({ ok: true, value: '13812345678' });
    expect(validateMainlandMobileNumber('+86 138-1234-5678')).toEqual({ ok: true, value: '13812345678' });
    expect(validateMainlandMobileNumber('0086 199 1234 5678')).toEqual({ ok: true, value: '19912345678' });
  });

  it('explains what is wrong while the number is typed', () => {
    expect(validateMainlandMobileNumber('')).toMatchObject({ reason: 'empty' });
    expect(validateMainlandMobileNumber('138a')).toMatchObject({ reason: 'charset', position: 4 });
    expect(validateMainlandMobileNumber('12')).toMatchObject({ reason: 'prefix' });
    expect(validateMainlandMobileNumber('2')).toMatchObject({ reason: 'prefix' });
    const short = validateMainlandMobileNumber('1381234');
    expect(!short.ok && short.message.zh).toBe('手机号码共11位，已输入7位，还差4位');
    expect(validateMainlandMobileNumber('138123456789')).toMatchObject({ reason: 'length' });
    expect(validateMainlandMobileNumber('8613812345678')).toMatchObject({ reason: 'prefix' });
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });

  it('masking keeps the length and never depends on the middle', () => {
    const digit = fc.constantFrom(...'0123456789');
    const number = fc
      .array(digit, { minLength: 11, maxLength: 11 })
      .map((list) => `1${list.join('').slice(1)}`);
    fc.assert(
      fc.property(number, fc.array(digit, { minLength: 4, maxLength: 4 }), (phone, middle) => {
        const masked = maskPhone(phone);
        expect(masked).toHaveLength(11);
        expect(masked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
        expect(maskPhone(`${phone.slice(0, 3)}${middle.join('')}${phone.slice(7)}`)).toBe(masked);
      }),
    );
  });

  it('hides everything when a value is too short to have a middle', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7 }), (value) => {
        expect(maskMiddle(value, 3, 4)).toBe('*'.repeat([...value].length));
      }),
    );
  });
});
