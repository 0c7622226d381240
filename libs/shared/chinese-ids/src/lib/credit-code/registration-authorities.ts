import type { LocalizedText } from '../common/localized-text';

export interface RegistrationAuthority {
  readonly name: LocalizedText;
  /** 2nd character (机构类别代码) → the kind of organisation this authority registers. */
  readonly categories: Readonly<Record<string, LocalizedText>>;
}

/**
 * 1st character of a credit code (登记管理部门代码) and the categories under it, from the GB 32100-2015 code table
 * as published with the standard (and reproduced by registration guides). A new authority code would need an
 * entry here before codes carrying it validate.
 */
export const REGISTRATION_AUTHORITIES: Readonly<Record<string, RegistrationAuthority>> = {
  '1': {
    name: { zh: '机构编制', en: 'Institutional establishment authority' },
    categories: {
      '1': { zh: '机关', en: 'Government body' },
      '2': { zh: '事业单位', en: 'Public institution' },
      '3': {
        zh: '中央编办直接管理机构编制的群众团体',
        en: 'Mass organisation staffed by the central establishment office',
      },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '2': {
    name: { zh: '外交', en: 'Foreign affairs' },
    categories: {
      '1': { zh: '外国常住新闻机构', en: 'Resident foreign news organisation' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '3': {
    name: { zh: '司法行政', en: 'Judicial administration' },
    categories: {
      '1': { zh: '律师执业机构', en: 'Law firm' },
      '2': { zh: '公证处', en: 'Notary office' },
      '3': { zh: '基层法律服务所', en: 'Grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'Forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'Arbitration commission' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '4': {
    name: { zh: '文化', en: 'Culture' },
    categories: {
      '1': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '5': {
    name: { zh: '民政', en: 'Civil affairs' },
    categories: {
      '1': { zh: '社会团体', en: 'Social organisation' },
      '2': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
      '3': { zh: '基金会', en: 'Foundation' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '6': {
    name: { zh: '旅游', en: 'Tourism' },
    categories: {
      '1': { zh: '外国旅游部门常驻代表机构', en: 'Representative office of a foreign tourism authority' },
      '2': {
        zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'Representative office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '7': {
    name: { zh: '宗教', en: 'Religious affairs' },
    categories: {
      '1': { zh: '宗教活动场所', en: 'Place of religious activity' },
      '2': { zh: '宗教院校', en: 'Religious school' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '8': {
    name: { zh: '工会', en: 'Trade union' },
    categories: {
      '1': { zh: '基层工会', en: 'Grassroots trade union' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  '9': {
    name: { zh: '工商', en: 'Market regulation (industry and commerce)' },
    categories: {
      '1': { zh: '企业', en: 'Enterprise' },
      '2': { zh: '个体工商户', en: 'Individual business' },
      '3': { zh: '农民专业合作社', en: "Farmers' specialised cooperative" },
    },
  },
  A: {
    name: {
      zh: '中央军委改革和编制办公室',
      en: 'Central Military Commission reform and establishment office',
    },
    categories: {
      '1': { zh: '军队事业单位', en: 'Military public institution' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  N: {
    name: { zh: '农业', en: 'Agriculture' },
    categories: {
      '1': { zh: '组级集体经济组织', en: 'Group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'Village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'Township-level collective economic organisation' },
      '9': { zh: '其他', en: 'Other' },
    },
  },
  Y: {
    name: { zh: '其他', en: 'Other' },
    categories: { '1': { zh: '其他', en: 'Other' } },
  },
};
