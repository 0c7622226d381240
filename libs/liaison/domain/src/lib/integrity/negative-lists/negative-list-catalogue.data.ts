import type { NegativeList, NegativeListCatalogueVersion } from './negative-list.types';

const NINGBO_REPORT = '宁波《践行亲清新型政商关系的实施意见（试行）》新闻发布会报道（2019）';

/**
 * Version 2026.1, transcribed from the seed documents (/work/shared/seeds; see docs/liaison.md). Texts are the
 * sources' own words with the line breaks of the print layout removed. Checked against the seeds by
 * negative-list-catalogue.unit.spec.ts (counts) — keep it that way when adding a version.
 */
const LISTS_2026_1: readonly NegativeList[] = [
  {
    listId: 'kunshan-officials',
    code: 'K.5.5',
    subject: 'official',
    presetOf: 'kunshan',
    name: {
      zh: '昆山市工商联：工商联机关工作人员不得利用权力影响和职务之便从事的行为',
      en: 'Kunshan: what ACFIC staff must not do using their position',
    },
    source: {
      document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
      clause: '五、5.',
      en: 'Kunshan 5(5)',
    },
    declaredCount: 8,
    completeness: 'complete',
    items: [
      {
        code: 'K.5.5.1',
        text: '收受企业及其负责人红包、礼金、有价证券等财物，以及可能影响公正执行公务或明显超出正常礼尚往来的礼品。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（1）',
          en: 'Kunshan 5(5), item 1',
        },
      },
      {
        code: 'K.5.5.2',
        text: '接受企业及其负责人邀请，违反规定出入私人会所、高消费娱乐场所或者接受旅游、健身、文化等活动安排；接受企业及其负责人提供的商务宴请。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（2）',
          en: 'Kunshan 5(5), item 2',
        },
      },
      {
        code: 'K.5.5.3',
        text: '以本人、配偶、子女和其他特定关系人名义向企业及其负责人筹资、募捐、借款、借物。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（3）',
          en: 'Kunshan 5(5), item 3',
        },
      },
      {
        code: 'K.5.5.4',
        text: '违反规定安排配偶、子女和其他特定关系人到企业任高级职务或者挂名领取薪酬。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（4）',
          en: 'Kunshan 5(5), item 4',
        },
      },
      {
        code: 'K.5.5.5',
        text: '以本人及配偶、子女和其他特定关系人名义参股或者持有非上市企业的股份或者证券。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（5）',
          en: 'Kunshan 5(5), item 5',
        },
      },
      {
        code: 'K.5.5.6',
        text: '默许、纵容、包庇配偶、子女和其他特定关系人在其管辖区域或者影响范围内的企业谋取不正当利益。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（6）',
          en: 'Kunshan 5(5), item 6',
        },
      },
      {
        code: 'K.5.5.7',
        text: '滥用职权，干预和插手市场经济活动，为企业及其负责人谋取不正当利益或者损害其合法权益。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（7）',
          en: 'Kunshan 5(5), item 7',
        },
      },
      {
        code: 'K.5.5.8',
        text: '其他违反党纪、法律、法规、规章的行为。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、5.（8）',
          en: 'Kunshan 5(5), item 8',
        },
      },
    ],
  },
  {
    listId: 'kunshan-enterprises',
    code: 'K.5.6',
    subject: 'enterprise',
    presetOf: 'kunshan',
    name: {
      zh: '昆山市工商联：非公有制企业及其负责人不得为谋取非法利益从事的行为',
      en: 'Kunshan: what enterprises must not do for illegal gain',
    },
    source: {
      document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
      clause: '五、6.',
      en: 'Kunshan 5(6)',
    },
    declaredCount: 6,
    completeness: 'complete',
    items: [
      {
        code: 'K.5.6.1',
        text: '给予机关单位工作人员及配偶、子女和其他特定关系人财物或者其他好处。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、6.（1）',
          en: 'Kunshan 5(6), item 1',
        },
      },
      {
        code: 'K.5.6.2',
        text: '赠予机关单位工作人员及配偶、子女其他特定关系人企业股份及其他资产，或者为上述人员代持企业股份及其他资产。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、6.（2）',
          en: 'Kunshan 5(6), item 2',
        },
      },
      {
        code: 'K.5.6.3',
        text: '为机关单位工作人员及配偶、子女和其他特定关系人理财。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、6.（3）',
          en: 'Kunshan 5(6), item 3',
        },
      },
      {
        code: 'K.5.6.4',
        text: '以赌博或者其他形式向机关单位工作人员及配偶、子女和其他特定关系人输送利益。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、6.（4）',
          en: 'Kunshan 5(6), item 4',
        },
      },
      {
        code: 'K.5.6.5',
        text: '以不正当渠道或者非法手段干预和影响党委、政府和职能部门干部人事任免、公共决策、公务执行等。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、6.（5）',
          en: 'Kunshan 5(6), item 5',
        },
      },
      {
        code: 'K.5.6.6',
        text: '其他违反法律、法规、规章的行为。',
        source: {
          document: '昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）',
          clause: '五、6.（6）',
          en: 'Kunshan 5(6), item 6',
        },
      },
    ],
  },
  {
    listId: 'jinjiang-officials',
    code: 'J.4',
    subject: 'official',
    presetOf: 'jinjiang',
    name: {
      zh: '晋江市经信局：党员、干部职工不得利用权力影响和职务之便从事的行为',
      en: 'Jinjiang: what bureau staff must not do using their position',
    },
    source: {
      document:
        '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
      clause: '四、',
      en: 'Jinjiang 4',
    },
    declaredCount: 7,
    completeness: 'complete',
    items: [
      {
        code: 'J.4.1',
        text: '收受企业及其负责人、经办人红包、礼金、礼品、消费卡、奖品、奖金等财物；由企业及其负责人、经办人支付应由单位或者个人负担的费用；以本人、配偶、子女及其配偶和其他特定关系人名义向企业及其负责人、经办人筹资、借款、借物；以提供政策咨询或其他服务为名向企业及其负责人、经办人收取费用或者其他好处；',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（一）',
          en: 'Jinjiang 4, item 1',
        },
      },
      {
        code: 'J.4.2',
        text: '接受企业及其负责人、经办人邀请，违反规定出入私人会所或者接受旅游、健身、娱乐等活动安排；',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（二）',
          en: 'Jinjiang 4, item 2',
        },
      },
      {
        code: 'J.4.3',
        text: '接受企业及其负责人、经办人提供可能影响公正执行公务的宴请；',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（三）',
          en: 'Jinjiang 4, item 3',
        },
      },
      {
        code: 'J.4.4',
        text: '索取、接受或者以借为名占用企业以及其他与行使职权有关系的个人的财物；违反规定在企业兼职或者兼职取酬，安排配偶、子女及其配偶和其他特定关系人到企业任高级职务或者挂名领薪；默许、纵容、包庇配偶、子女及其配偶等亲属和其他特定关系人从企业谋取利益，以及违反规定与业务范围内的企业发生可能影响公正执行公务的经营活动；以本人及配偶、子女及其配偶和其他特定关系人名义参股或者持有非上市企业的股份或者证券；',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（四）',
          en: 'Jinjiang 4, item 4',
        },
      },
      {
        code: 'J.4.5',
        text: '滥用职权，干预和插手市场经济活动，为企业及其负责人、经办人谋取不正当利益或者损害其合法权益；干预和插手企业具体经营管理活动，妨碍企业健康发展；玩忽职守，损害企业合法利益；',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（五）',
          en: 'Jinjiang 4, item 5',
        },
      },
      {
        code: 'J.4.6',
        text: '在工业投资项目核准、资金争取、招投标管理、示范平台及各类资格推荐、行业准入、办公用品采购、接待费用报销等环节吃拿卡要和政务服务不作为、慢作为；',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（六）',
          en: 'Jinjiang 4, item 6',
        },
      },
      {
        code: 'J.4.7',
        text: '其他违反党纪、法律、法规、规章的行为。',
        source: {
          document:
            '晋江市经济和信息化局《关于构建“亲”“清”新型政商关系、营造企业家健康成长环境的若干意见》（2017年12月4日）',
          clause: '四、（七）',
          en: 'Jinjiang 4, item 7',
        },
      },
    ],
  },
  {
    listId: 'hengkou-officials-ten',
    code: 'H.3.5',
    subject: 'official',
    presetOf: 'hengkou',
    name: {
      zh: '恒口示范区：公职人员严禁的“十种行为”',
      en: 'Hengkou: the ten forbidden acts of public servants',
    },
    source: {
      document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
      clause: '三、（五）',
      en: 'Hengkou 3(5)',
    },
    declaredCount: 10,
    completeness: 'complete',
    items: [
      {
        code: 'H.3.5.1',
        text: '不准接受可能影响公正执行公务的宴请、旅游、健身、娱乐、出入私人会所等活动，以及借办升学宴、乔迁宴、满月宴、生日宴等婚丧喜庆事宜敛财；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）1.',
          en: 'Hengkou 3(5), item 1',
        },
      },
      {
        code: 'H.3.5.2',
        text: '不准由企业报销、支付应当由个人和单位支付的费用，以赌博、赞助等形式接受企业及其负责人的利益输送；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）2.',
          en: 'Hengkou 3(5), item 2',
        },
      },
      {
        code: 'H.3.5.3',
        text: '不准安排或默许、纵容配偶、子女及其配偶等亲属在企业挂名获取薪酬或虽实际工作但领取明显超出同职级标准薪酬；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）3.',
          en: 'Hengkou 3(5), item 3',
        },
      },
      {
        code: 'H.3.5.4',
        text: '不准配偶、子女及其配偶等亲属和其他特定关系人，违反规定与本人管辖的区域或者业务范围内的企业发生可能影响其公正执行公务的经营活动；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）4.',
          en: 'Hengkou 3(5), item 4',
        },
      },
      {
        code: 'H.3.5.5',
        text: '不准以本人、配偶、子女及其配偶等亲属和其他特定关系人名义参股、拆借资金或持有非上市企业的股份、证券；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）5.',
          en: 'Hengkou 3(5), item 5',
        },
      },
      {
        code: 'H.3.5.6',
        text: '不准打着领导旗号冒充领导亲属和身边工作人员向企业说情打招呼，插手工程建设、土地出让、资源开发等市场经济活动；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）6.',
          en: 'Hengkou 3(5), item 6',
        },
      },
      {
        code: 'H.3.5.7',
        text: '不准向企业乱检查、乱摊派、乱收费、乱罚款，或以各种名义向企业募捐、集资；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）7.',
          en: 'Hengkou 3(5), item 7',
        },
      },
      {
        code: 'H.3.5.8',
        text: '不准无偿使用企业的房产、交通工具、通讯设备和电子设施等财物；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）8.',
          en: 'Hengkou 3(5), item 8',
        },
      },
      {
        code: 'H.3.5.9',
        text: '不准在市场准入、招商引资、政府采购、注册登记、证照颁发审验、土地征用、规划许可、项目审批、市场监管、工商管理、税收征管、金融贷款以及财政补贴等环节设置障碍、吃拿卡要、慵懒散浮拖，形式主义、官僚主义以及“怕慢假庸散”等不作为、慢作为、乱作为问题；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）9.',
          en: 'Hengkou 3(5), item 9',
        },
      },
      {
        code: 'H.3.5.10',
        text: '不准在政商交往中有其他违反党纪、法律、法规、规章的行为。',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（五）10.',
          en: 'Hengkou 3(5), item 10',
        },
      },
    ],
  },
  {
    listId: 'hengkou-enterprises-seven',
    code: 'H.3.6',
    subject: 'enterprise',
    presetOf: 'hengkou',
    name: {
      zh: '恒口示范区：企业及其负责人不准有的“七种行为”',
      en: 'Hengkou: the seven forbidden acts of enterprises',
    },
    source: {
      document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
      clause: '三、（六）',
      en: 'Hengkou 3(6)',
    },
    declaredCount: 7,
    completeness: 'complete',
    items: [
      {
        code: 'H.3.6.1',
        text: '不准给予机关单位公职人员及配偶、子女及其配偶和其他特定关系人财物或者其他好处；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）1.',
          en: 'Hengkou 3(6), item 1',
        },
      },
      {
        code: 'H.3.6.2',
        text: '不准赠予机关单位公职人员及配偶、子女及其配偶和其他特定关系人企业股份及其他资产，或者为上述人员代持企业股份及其他资产；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）2.',
          en: 'Hengkou 3(6), item 2',
        },
      },
      {
        code: 'H.3.6.3',
        text: '不准为机关单位公职人员及配偶、子女及其配偶和其他特定关系人投资理财；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）3.',
          en: 'Hengkou 3(6), item 3',
        },
      },
      {
        code: 'H.3.6.4',
        text: '不准通过赌博、婚丧喜庆事宜或者其他形式向机关单位公职人员及配偶、子女及其配偶和其他特定关系人输送利益；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）4.',
          en: 'Hengkou 3(6), item 4',
        },
      },
      {
        code: 'H.3.6.5',
        text: '不准以不正当渠道或者非法手段影响机关单位干部人事任免、公共决策、公务执行、政府采购、工程招投标等；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）5.',
          en: 'Hengkou 3(6), item 5',
        },
      },
      {
        code: 'H.3.6.6',
        text: '不准恶意编造、捏造、虚构、歪曲事实，诬告陷害机关单位公职人员；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）6.',
          en: 'Hengkou 3(6), item 6',
        },
      },
      {
        code: 'H.3.6.7',
        text: '不准在政商交往中有其他违反法律、法规、规章的行为。',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（六）7.',
          en: 'Hengkou 3(6), item 7',
        },
      },
    ],
  },
  {
    listId: 'hengkou-investment-promotion-ten',
    code: 'H.3.7',
    subject: 'official',
    presetOf: 'hengkou',
    name: {
      zh: '恒口示范区：公职人员参与招商引资活动严禁的“十种行为”',
      en: 'Hengkou: the ten forbidden acts in investment promotion',
    },
    source: {
      document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
      clause: '三、（七）',
      en: 'Hengkou 3(7)',
    },
    declaredCount: 10,
    completeness: 'complete',
    items: [
      {
        code: 'H.3.7.1',
        text: '严禁在招商引资过程中以任何方式索要或接受客商的礼品、礼金、消费卡和有价证券、股权、其他金融产品等财物；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）1.',
          en: 'Hengkou 3(7), item 1',
        },
      },
      {
        code: 'H.3.7.2',
        text: '严禁利用职务之便以“提篮子”方式谋取不正当利益；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）2.',
          en: 'Hengkou 3(7), item 2',
        },
      },
      {
        code: 'H.3.7.3',
        text: '严禁借协调招商合作项目之机，干预、插手项目工程和企业经营等，为个人或特定关系人谋取私利；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）3.',
          en: 'Hengkou 3(7), item 3',
        },
      },
      {
        code: 'H.3.7.4',
        text: '严禁参加由客商安排的可能影响公正执行的宴请，或超规格、超标准宴请客商；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）4.',
          en: 'Hengkou 3(7), item 4',
        },
      },
      {
        code: 'H.3.7.5',
        text: '严禁由客商代为支付或找客商报销应由个人或特定关系人承担的费用，或借招商引资之机报销私人开支或侵吞公款；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）5.',
          en: 'Hengkou 3(7), item 5',
        },
      },
      {
        code: 'H.3.7.6',
        text: '严禁借外出招商之机，公款组织参观旅游或变相旅游，严禁安排无明确工作任务、无洽谈对象的招商引资考察活动，以及擅自以非工作原因改变既定线路和延长外出时间；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）6.',
          en: 'Hengkou 3(7), item 6',
        },
      },
      {
        code: 'H.3.7.7',
        text: '严禁以争取和提供优惠政策为筹码，向客商索取回扣或变相索要干股；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）7.',
          en: 'Hengkou 3(7), item 7',
        },
      },
      {
        code: 'H.3.7.8',
        text: '严禁以任何名义违规占用或借用招商引资企业或客商的资金、财产等；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）8.',
          en: 'Hengkou 3(7), item 8',
        },
      },
      {
        code: 'H.3.7.9',
        text: '严禁借招商引资名义变相安排公务接待和饮酒；',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）9.',
          en: 'Hengkou 3(7), item 9',
        },
      },
      {
        code: 'H.3.7.10',
        text: '严禁虚报招商引资数据。',
        source: {
          document: '恒口示范区（试验区）《关于加快构建亲清新型政商关系的若干工作措施（征求意见稿）》',
          clause: '三、（七）10.',
          en: 'Hengkou 3(7), item 10',
        },
      },
    ],
  },
  {
    listId: 'ningbo-officials-six',
    code: 'N.6J',
    subject: 'official',
    presetOf: 'ningbo',
    name: {
      zh: '宁波：公职人员与企业家交往中的“六个杜绝”',
      en: 'Ningbo: the six “never”s of public servants',
    },
    source: { document: NINGBO_REPORT, clause: '“1”正负面清单', en: 'Ningbo, the positive/negative lists' },
    declaredCount: 6,
    completeness: 'named-only',
    note: {
      zh: '所存来源为新闻报道，仅载明设定“红线”和“禁区”、做到“六个杜绝”，未列出各项条文；待取得《实施意见》全文后在新版本中补入。',
      en: 'The source held is a news report: it names the six “never”s (the red lines and no-go zones) without their texts; they are added in a later version from the full document.',
    },
    items: [],
  },
  {
    listId: 'ningbo-enterprises-seven',
    code: 'N.7B',
    subject: 'enterprise',
    presetOf: 'ningbo',
    name: {
      zh: '宁波：民营企业及其负责人“七个不得”',
      en: 'Ningbo: the seven “must not”s of private enterprises',
    },
    source: { document: NINGBO_REPORT, clause: '“1”正负面清单', en: 'Ningbo, the positive/negative lists' },
    declaredCount: 7,
    completeness: 'partial',
    note: {
      zh: '所存来源为新闻报道，只举出七个方面中的一项；其余各项待取得《实施意见》全文后在新版本中补入。',
      en: 'The source held is a news report naming one of the seven; the others are added in a later version from the full document.',
    },
    items: [
      {
        code: 'N.7B.1',
        text: '不得有赠予公职人员及其配偶、其子女及配偶和其他特定关系人企业股份或其他财物',
        source: {
          document: NINGBO_REPORT,
          clause: '“七个不得”',
          en: 'Ningbo, seven must-nots, the example given',
        },
      },
    ],
  },
];

/** Every published catalogue version, oldest first. */
export const NEGATIVE_LIST_VERSIONS: readonly NegativeListCatalogueVersion[] = [
  { version: '2026.1', publishedOn: '2026-12-02', lists: LISTS_2026_1 },
];
