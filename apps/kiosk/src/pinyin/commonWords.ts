/**
 * Common words by their syllables joined without tones (e.g. `qiye` → 企业), for phrase candidates: words a
 * walk-in is likely to write about a business matter. Hand-made and small (a few hundred words); anything
 * else is typed character by character. Lazily loaded with the character table.
 */
const WORDS = `
qiye:企业 gongsi:公司 youxiangongsi:有限公司 shenqing:申请 banli:办理 zixun:咨询 wenti:问题 xuyao:需要 xiwang:希望
zhengce:政策 shenpi:审批 xuke:许可 rongzi:融资 daikuan:贷款 yinhang:银行 tudi:土地 changfang:厂房 yongdi:用地
rencai:人才 zhaopin:招聘 yuangong:员工 gongzi:工资 shebao:社保 gongjijin:公积金 hetong:合同 jiufen:纠纷 falv:法律
weiquan:维权 shichang:市场 zhixu:秩序 jianguan:监管 xiaofang:消防 yanshou:验收 huanping:环评 anquan:安全
shengchan:生产 jianshe:建设 xiangmu:项目 shouxu:手续 cailiao:材料 zhengming:证明 yingyezhizhao:营业执照 zhizhao:执照
dengji:登记 biangeng:变更 zhuce:注册 shuiwu:税务 shuishou:税收 fapiao:发票 tuishui:退税 jianmian:减免 butie:补贴
jiangli:奖励 zijin:资金 zhichi:支持 bangzhu:帮助 jiejue:解决 chuli:处理 fankui:反馈 dafu:答复 shijian:时间
zuijin:最近 yijing:已经 haimei:还没 meiyou:没有 keyi:可以 bu:不 women:我们 wo:我 nimen:你们 tamen:他们
zhengfu:政府 bumen:部门 jiedao:街道 shequ:社区 quyu:区域 haishu:海曙 yinzhou:鄞州 ningbo:宁波 zhejiang:浙江
fuwu:服务 zhongxin:中心 chuangkou:窗口 dianhua:电话 lianxi:联系 shouji:手机 dizhi:地址 mingcheng:名称
fuzeren:负责人 faren:法人 farendaibiao:法人代表 jingli:经理 laoban:老板 yewu:业务 jingying:经营 touzi:投资
kuozhan:扩展 kuojian:扩建 xinjian:新建 gaizao:改造 banqian:搬迁 zulin:租赁 fangzu:房租 shuidian:水电 yongdian:用电
yongshui:用水 tingche:停车 jiaotong:交通 daolu:道路 wuliu:物流 yunshu:运输 chukou:出口 jinkou:进口 haiguan:海关
zhiliang:质量 biaozhun:标准 jiance:检测 renzheng:认证 zhuanli:专利 shangbiao:商标 zhishichanquan:知识产权
qinquan:侵权 tousu:投诉 jubao:举报 qianfei:欠费 tuoqian:拖欠 zhangkuan:账款 qiankuan:欠款 huikuan:回款
xinyong:信用 xiufu:修复 heimingdan:黑名单 chufa:处罚 fakuan:罚款 jiancha:检查 zhenggai:整改 tongzhi:通知
wenjian:文件 guiding:规定 liucheng:流程 shixian:时限 jindu:进度 jieguo:结果 manyi:满意 xiexie:谢谢 nihao:你好
qing:请 mafan:麻烦 jinkuai:尽快 jinji:紧急 yanzhong:严重 yingxiang:影响 sunshi:损失 kunnan:困难
gongchang:工厂 chejian:车间 shebei:设备 yuancailiao:原材料 chanpin:产品 xiaoshou:销售 kehu:客户 gongyingshang:供应商
zhineng:智能 zhizao:制造 keji:科技 chuangxin:创新 shuzihua:数字化 wangluo:网络 xitong:系统 shuju:数据
peixun:培训 jiaoyu:教育 xuexiao:学校 zinv:子女 ruxue:入学 zhufang:住房 hukou:户口 luohu:落户 yiliao:医疗
nian:年 yue:月 ri:日 tian:天 ge:个 zhou:周 jintian:今天 mingtian:明天 qunian:去年 jinnian:今年
shang:上 xia:下 zhong:中 yige:一个 liangge:两个 duoshao:多少 shenme:什么 zenme:怎么 weishenme:为什么 naoli:哪里
`;

export const COMMON_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const words = new Map<string, string[]>();
  for (const entry of WORDS.split(/\s+/u)) {
    const [pinyin, word] = entry.split(':');
    if (pinyin === undefined || word === undefined) continue;
    words.set(pinyin, [...(words.get(pinyin) ?? []), word]);
  }
  return words;
})();
