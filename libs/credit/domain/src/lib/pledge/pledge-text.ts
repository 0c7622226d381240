/**
 * The integrity pledge (廉洁承诺书) an enterprise's responsible person signs at the kiosk (Kunshan 六(4):
 * "引导非公有制企业负责人…信守廉洁承诺，做到自律自重，不以任何非法手段、方式谋取经济利益"). Its undertakings
 * are Kunshan 五(6)'s list of what enterprises must not do in dealings with officials and Ningbo's five no's.
 * A changed text is a new version; a pledge names the version signed, and only the current one is signed.
 */
export interface PledgeText {
  readonly version: string;
  readonly title: string;
  readonly text: string;
}

export const CURRENT_PLEDGE_TEXT: PledgeText = {
  version: '2026.1',
  title: '企业廉洁承诺书',
  text: [
    '为构建亲清新型政商关系，依据昆山市工商业联合会《关于推动构建新型政商关系的若干意见》（昆联发〔2018〕5号）第六条第（四）项“推进企业自律”的要求，本企业及本人作为企业负责人郑重承诺：',
    '一、遵纪守法办企业、光明正大搞经营，自律自重，不以任何非法手段、方式谋取经济利益。',
    '二、在与党委、政府和职能部门及其工作人员交往中，不给予其本人及配偶、子女和其他特定关系人财物或者其他好处；不赠予或代持企业股份及其他资产；不为其理财；不以赌博或者其他形式输送利益；不以不正当渠道或者非法手段干预和影响干部人事任免、公共决策和公务执行。',
    '三、做到不行贿、不欠薪、不逃税、不侵权、不逃废债，依法纳税，按时足额支付劳动报酬，尊重他人知识产权和合法权益，诚信履约。',
    '四、建立健全企业内部廉洁制度，加强对从业人员的廉洁从商教育，对本企业人员的违规行为及时纠正、依规处理。',
    '五、自觉接受社会各界和人民群众的监督，如实提供诚信档案所需信息；如有违反，愿意接受依法依规作出的处理，并同意将相关记录纳入企业诚信档案、依法公示。',
    '本承诺自签署之日起生效。',
  ].join('\n'),
};
