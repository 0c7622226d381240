import { type IdentifierValidation, problem } from '../common/identifier-validation';
import { normaliseMobileNumber } from './mobile-phone.normalise';

/** A mainland China mobile number (11 digits, 1[3-9]…) that passed `validateMainlandMobileNumber`. */
export type MainlandMobileNumber = string & { readonly __brand: 'MainlandMobileNumber' };

export type MobileNumberProblemReason = 'empty' | 'charset' | 'prefix' | 'length';

export type MobileNumberValidation = IdentifierValidation<MainlandMobileNumber, MobileNumberProblemReason>;

const LENGTH = 11;

/** Checks the shape only (11 digits starting 13–19); whether the number is in service is not knowable here. */
export const validateMainlandMobileNumber = (input: string): MobileNumberValidation => {
  const digits = normaliseMobileNumber(input);
  const characters = [...digits];
  if (characters.length === 0) {
    return problem('empty', { zh: '请输入11位手机号码', en: 'Enter the 11-digit mobile number' });
  }
  for (const [index, character] of characters.entries()) {
    if (!/\d/u.test(character)) {
      return problem(
        'charset',
        {
          zh: `手机号码只能是数字，第${index + 1}位是“${character}”`,
          en: `A mobile number has digits only; character ${index + 1} is “${character}”`,
        },
        index + 1,
      );
    }
  }
  const prefixOk = characters[0] === '1' && (characters.length < 2 || /[3-9]/u.test(characters[1] ?? ''));
  if (!prefixOk) {
    return problem('prefix', {
      zh: '大陆手机号码以 13 至 19 开头（带国家代码时请写作 +86）',
      en: 'Mainland mobile numbers start with 13 to 19 (write a country code as +86)',
    });
  }
  if (characters.length !== LENGTH) {
    return problem(
      'length',
      characters.length < LENGTH
        ? {
            zh: `手机号码共11位，已输入${characters.length}位，还差${LENGTH - characters.length}位`,
            en: `A mobile number has 11 digits: ${characters.length} entered, ${LENGTH - characters.length} to go`,
          }
        : {
            zh: `手机号码共11位，已输入${characters.length}位，多了${characters.length - LENGTH}位`,
            en: `A mobile number has 11 digits: ${characters.length} entered, ${characters.length - LENGTH} too many`,
          },
    );
  }
  return { ok: true, value: digits as MainlandMobileNumber };
};
