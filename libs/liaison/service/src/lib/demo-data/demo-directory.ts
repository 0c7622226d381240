import type { EnterpriseDetailsInput } from '@qinqing/liaison/domain';
import { computeCreditCodeCheckChar, computeOrganisationCodeCheckChar } from '@qinqing/shared/chinese-ids';

/** A valid 统一社会信用代码: 91 (enterprise, industry and commerce), a district code, an organisation code. */
const creditCode = (region: string, organisation8: string): string => {
  const first17 = `91${region}${organisation8}${computeOrganisationCodeCheckChar(organisation8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

export interface DemoDirectoryEnterprise {
  readonly creditCode: string;
  readonly details: EnterpriseDetailsInput;
}

const enterprise = (
  region: string,
  organisation8: string,
  details: EnterpriseDetailsInput,
): DemoDirectoryEnterprise => ({ creditCode: creditCode(region, organisation8), details });

/**
 * Invented enterprises of Haishu (330203) and Yinzhou (330212). The first six carry the credit codes, names
 * and contacts of appeals' demo enterprises (libs/appeals/service/src/lib/demo-data/demo-enterprises.ts; a
 * test keeps the two alike), so the enterprise page finds their requests; the rest fill every size class and
 * category. Town-level areas are set where an enterprise sits in a known street or town.
 */
export const DEMO_DIRECTORY: readonly DemoDirectoryEnterprise[] = [
  enterprise('330203', 'MA2H5K7P', {
    name: '宁波海曙甬创智能制造有限公司',
    areaCode: '330203102',
    industry: 'C3491',
    employees: 420,
    revenue: 26000,
    assets: 31000,
    chambers: ['海曙区工商业联合会（总商会）', '宁波市智能制造产业联盟'],
    tags: ['key-backbone', 'four-new'],
    contactPhone: '13805741234',
  }),
  enterprise('330203', 'MA2GQ8R3', {
    name: '宁波月湖纺织品进出口有限公司',
    areaCode: '330203004',
    industry: 'F5131',
    employees: 45,
    revenue: 12000,
    assets: 6800,
    chambers: ['宁波市纺织服装商会'],
    tags: ['in-difficulty'],
    contactPhone: '13906682345',
  }),
  enterprise('330212', 'MA2J1C6T', {
    name: '宁波鄞州康源生物科技有限公司',
    industry: 'C2761',
    employees: 150,
    revenue: 8000,
    assets: 15000,
    chambers: ['鄞州区工商业联合会（总商会）'],
    tags: ['high-growth', 'four-new'],
    contactPhone: '15857403456',
  }),
  enterprise('330212', 'MA2F7W4N', {
    name: '宁波东钱湖港联物流有限公司',
    areaCode: '330212103',
    industry: 'G5431',
    employees: 260,
    revenue: 15000,
    assets: 9000,
    chambers: ['宁波市物流协会'],
    tags: [],
    contactPhone: '18867414567',
  }),
  enterprise('330203', 'MA2K3D9E', {
    name: '宁波天一阁老字号餐饮管理有限公司',
    areaCode: '330203004',
    industry: 'H6210',
    employees: 130,
    revenue: 3100,
    assets: 2200,
    chambers: ['宁波市餐饮业协会', '海曙区工商业联合会（总商会）'],
    tags: ['in-difficulty'],
    contactPhone: '13586795678',
  }),
  enterprise('330212', 'MA2L6B2Q', {
    name: '宁波南部新城云帆软件有限公司',
    areaCode: '330212006',
    industry: 'I6513',
    employees: 85,
    revenue: 1600,
    assets: 1200,
    chambers: ['宁波市软件行业协会'],
    tags: ['high-growth', 'four-new'],
    contactPhone: '17757416789',
  }),
  enterprise('330212', 'MA2M8C4R', {
    name: '宁波鄞州甬城建设工程有限公司',
    industry: 'E4710',
    employees: 1600,
    revenue: 92000,
    assets: 86000,
    chambers: ['宁波市建筑业协会'],
    tags: ['key-backbone'],
    contactPhone: '13957401122',
  }),
  enterprise('330203', 'MA2N4D7T', {
    name: '宁波海曙鼓楼便利连锁有限公司',
    areaCode: '330203005',
    industry: 'F5213',
    employees: 60,
    revenue: 800,
    assets: 300,
    chambers: [],
    tags: [],
    contactPhone: '13819802233',
  }),
  enterprise('330203', 'MA2P2E5U', {
    name: '宁波望春物业服务有限公司',
    areaCode: '330203008',
    industry: 'K7020',
    employees: 180,
    revenue: 900,
    assets: 400,
    chambers: ['宁波市物业管理协会'],
    tags: [],
    contactPhone: '13738403344',
  }),
  enterprise('330212', 'MA2Q6F3W', {
    name: '宁波鄞州四明山生态农业有限公司',
    areaCode: '330212109',
    industry: 'A0164',
    employees: 22,
    revenue: 320,
    assets: 900,
    chambers: ['鄞州区茶叶行业协会'],
    tags: ['four-new'],
    contactPhone: '15906624455',
  }),
  enterprise('330203', 'MA2R8G1X', {
    name: '宁波海曙华辰商务咨询有限公司',
    industry: 'L7243',
    employees: 8,
    revenue: 150,
    assets: 60,
    chambers: [],
    tags: [],
    contactPhone: null,
  }),
  enterprise('330212', 'MA2T3H8Y', {
    name: '宁波鄞州汇通电子商务有限公司',
    areaCode: '330212007',
    industry: 'I6432',
    employees: 140,
    revenue: 21000,
    assets: 7600,
    chambers: ['宁波市电子商务协会'],
    tags: ['high-growth'],
    contactPhone: '18058805566',
  }),
];
