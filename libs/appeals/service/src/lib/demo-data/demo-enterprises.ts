import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';

/** A valid 统一社会信用代码: 91 (enterprise, industry and commerce), a Ningbo district code, an organisation code. */
const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

export interface DemoEnterprise {
  readonly creditCode: string;
  readonly name: string;
  readonly contactName: string;
  readonly contactPhone: string;
}

/** Invented enterprises of Haishu (330203) and Yinzhou (330212) with valid codes and plausible contacts. */
export const DEMO_ENTERPRISES = {
  smartManufacturing: {
    creditCode: creditCode('330203', 'MA2H5K7P'),
    name: '宁波海曙甬创智能制造有限公司',
    contactName: '周建国',
    contactPhone: '13805741234',
  },
  textiles: {
    creditCode: creditCode('330203', 'MA2GQ8R3'),
    name: '宁波月湖纺织品进出口有限公司',
    contactName: '林晓燕',
    contactPhone: '13906682345',
  },
  biotech: {
    creditCode: creditCode('330212', 'MA2J1C6T'),
    name: '宁波鄞州康源生物科技有限公司',
    contactName: '孙浩',
    contactPhone: '15857403456',
  },
  logistics: {
    creditCode: creditCode('330212', 'MA2F7W4N'),
    name: '宁波东钱湖港联物流有限公司',
    contactName: '陈美玲',
    contactPhone: '18867414567',
  },
  catering: {
    creditCode: creditCode('330203', 'MA2K3D9E'),
    name: '宁波天一阁老字号餐饮管理有限公司',
    contactName: '吴志明',
    contactPhone: '13586795678',
  },
  software: {
    creditCode: creditCode('330212', 'MA2L6B2Q'),
    name: '宁波南部新城云帆软件有限公司',
    contactName: '郑雨婷',
    contactPhone: '17757416789',
  },
} as const satisfies Record<string, DemoEnterprise>;
