/**
 * The credit commitment (信用承诺书) an enterprise's responsible person signs with a repair application
 * (国办发〔2025〕22号 三: the application comes with proof that the obligations are fulfilled and a credit
 * commitment). An application must be signed on the version in force; a new text is a new version.
 */
export const CREDIT_COMMITMENT_TEXT = {
  version: '2026-04',
  text: [
    '信用承诺书',
    '',
    '本企业就申请信用修复的失信信息郑重承诺：',
    '一、本企业已纠正相关失信行为，履行了行政处罚决定或者其他法定责任义务，所提交的证明材料真实、准确、完整、有效，不存在隐瞒、伪造、篡改等情形。',
    '二、本企业自觉遵守法律、法规、规章和信用监管规定，依法诚信经营，不再发生同类失信行为。',
    '三、本企业同意将本承诺书的履行情况纳入本企业信用记录，接受有关部门和社会的监督。',
    '四、本企业如有违反承诺或者提供虚假材料的情形，自愿承担撤销信用修复决定、重新公示失信信息、依法被列入失信记录并依法承担相应法律责任等后果，且在规定期限内不再申请信用修复。',
    '五、本承诺书由本企业法定代表人（负责人）或者其授权的人员签署，签署人确认已阅读并理解上述内容。',
    '',
    '依据：国家发展改革委《信用修复管理办法》；国务院办公厅《关于进一步完善信用修复制度的实施方案》（国办发〔2025〕22号）。',
  ].join('\n'),
} as const;
