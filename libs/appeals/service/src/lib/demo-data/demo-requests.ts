import type { EnterpriseRequestCommand, RequestActor } from '@qinqing/appeals/domain';
import type { CalendarDate } from '@qinqing/calendar/domain';
import { DEMO_ENTERPRISES, type DemoEnterprise } from './demo-enterprises';

/** The people of the identity demo data (fixed account ids), as the request rules see them. */
const wang = {
  kind: 'unit-staff',
  staffId: '01960000-0000-7000-8000-000000000001',
  unitId: 'centre-haishu',
} as const;
const li = {
  kind: 'unit-staff',
  staffId: '01960000-0000-7000-8000-000000000002',
  unitId: 'dept-market-regulation',
} as const;
const zhao = {
  kind: 'unit-staff',
  staffId: '01960000-0000-7000-8000-000000000003',
  unitId: 'dept-human-resources',
} as const;
const resources = {
  kind: 'unit-staff',
  staffId: 'demo-natural-resources-handler',
  unitId: 'dept-natural-resources',
} as const;
const chen = { kind: 'supervisor', staffId: '01960000-0000-7000-8000-000000000004' } as const;

export const DEMO_ROLES: Record<string, string> = {
  [wang.staffId]: 'service-staff',
  [li.staffId]: 'department-handler',
  [zhao.staffId]: 'department-handler',
  [resources.staffId]: 'department-handler',
  [chen.staffId]: 'supervisor',
};

export interface DemoStep {
  /** Working days before today on which the step happened. */
  readonly workingDaysAgo: number;
  /** The command, or a function of the date of "n working days ago" for commands that carry a date. */
  readonly command:
    | EnterpriseRequestCommand
    | ((dateOf: (workingDaysAgo: number) => CalendarDate) => EnterpriseRequestCommand);
}

export interface DemoRequest {
  readonly requestId: string;
  readonly receiptCode: string;
  readonly steps: readonly DemoStep[];
}

type Submission = {
  readonly enterprise: DemoEnterprise;
  readonly category: Extract<EnterpriseRequestCommand, { type: 'SubmitRequest' }>['category'];
  readonly title: string;
  readonly description: string;
  readonly channel: Extract<EnterpriseRequestCommand, { type: 'SubmitRequest' }>['channel'];
  readonly priority?: 'normal' | 'urgent';
};

const submit = (requestId: string, receiptCode: string, s: Submission): EnterpriseRequestCommand => ({
  type: 'SubmitRequest',
  requestId,
  receiptCode,
  enterprise: { creditCode: s.enterprise.creditCode, name: s.enterprise.name },
  contact: { name: s.enterprise.contactName, phone: s.enterprise.contactPhone },
  category: s.category,
  priority: s.priority ?? 'normal',
  title: s.title,
  description: s.description,
  channel: s.channel,
  receivingUnitId: wang.unitId,
  by:
    s.channel === 'kiosk'
      ? { kind: 'enterprise', creditCode: s.enterprise.creditCode }
      : (wang as RequestActor),
});

const id = (n: number) => `01960000-0000-7000-8000-0000000a${n.toString(16).padStart(4, '0')}`;
const handOff = (to: RequestActor & { kind: 'unit-staff' }, note: string): EnterpriseRequestCommand => ({
  type: 'HandOffRequest',
  toDepartmentId: to.unitId,
  note,
  by: wang,
});

const E = DEMO_ENTERPRISES;

/**
 * A believable week at the Haishu 亲清家园 centre: requests in every state, dated relative to today so the
 * clocks mean something whenever the demo starts. Overdue ones are left for the scheduler to find.
 */
export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    requestId: id(1),
    receiptCode: 'DEMQA2B3C4D5',
    steps: [
      {
        workingDaysAgo: 0,
        command: submit(id(1), 'DEMQA2B3C4D5', {
          enterprise: E.software,
          category: 'policy',
          title: '咨询软件企业增值税即征即退政策',
          description: '我司为软件企业，想了解嵌入式软件产品增值税即征即退的申请条件、所需材料和办理时限。',
          channel: 'kiosk',
        }),
      },
    ],
  },
  {
    requestId: id(2),
    receiptCode: 'DEMRB3C4D5E6',
    steps: [
      {
        workingDaysAgo: 1,
        command: submit(id(2), 'DEMRB3C4D5E6', {
          enterprise: E.catering,
          category: 'approval-permits',
          title: '老字号门店食品经营许可证延续',
          description:
            '公司位于鼓楼步行街的门店食品经营许可证下月到期，因装修调整了布局，询问延续还是变更，需要哪些材料。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 0, command: handOff(li, '涉及食品经营许可延续与变更，请市场监管局办理。') },
    ],
  },
  {
    requestId: id(3),
    receiptCode: 'DEMSC4D5E6F7',
    steps: [
      {
        workingDaysAgo: 3,
        command: submit(id(3), 'DEMSC4D5E6F7', {
          enterprise: E.textiles,
          category: 'market-order',
          title: '反映同行冒用我司注册商标',
          description:
            '发现电商平台上有商家使用与我司“月湖”注册商标近似的标识销售丝巾，已保存截图和购买记录，请求查处。',
          channel: 'staff-phone',
        }),
      },
      { workingDaysAgo: 3, command: handOff(li, '商标侵权线索，请市场监管局核查。') },
      { workingDaysAgo: 2, command: { type: 'AcceptRequest', by: li } },
      {
        workingDaysAgo: 1,
        command: {
          type: 'ReplyToEnterprise',
          message: '已收到线索，执法人员将于三个工作日内联系您核实证据。',
          by: li,
        },
      },
    ],
  },
  {
    requestId: id(4),
    receiptCode: 'DEMTD5E6F7G8',
    steps: [
      {
        workingDaysAgo: 6,
        command: submit(id(4), 'DEMTD5E6F7G8', {
          enterprise: E.biotech,
          category: 'talent',
          title: '申请高层次人才安家补贴',
          description: '我司引进的研发总监符合市高层次人才认定条件，申请安家补贴，已提交认定材料。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 6, command: handOff(zhao, '人才安家补贴，请人力社保局受理。') },
      { workingDaysAgo: 5, command: { type: 'AcceptRequest', by: zhao } },
      {
        workingDaysAgo: 3,
        command: {
          type: 'PauseClock',
          cause: 'enterprise-documents',
          reason: '请企业补充该人才近三个月在甬社保缴费证明。',
          by: zhao,
        },
      },
      {
        workingDaysAgo: 1,
        command: {
          type: 'ApprovePauseExtension',
          upToWorkingDays: 8,
          reason: '社保缴费证明须由外省社保机构出具，耗时较长。',
          by: chen,
        },
      },
    ],
  },
  {
    requestId: id(5),
    receiptCode: 'DEMUE6F7G8H9',
    steps: [
      {
        workingDaysAgo: 22,
        command: submit(id(5), 'DEMUE6F7G8H9', {
          enterprise: E.smartManufacturing,
          category: 'approval-permits',
          title: '特种设备使用登记办理缓慢',
          description: '新购两台起重机已安装完毕，特种设备使用登记申请提交后一直未有答复，影响投产。',
          channel: 'staff-walk-in',
          priority: 'urgent',
        }),
      },
      { workingDaysAgo: 22, command: handOff(li, '特种设备使用登记，请市场监管局加快办理。') },
      { workingDaysAgo: 21, command: { type: 'AcceptRequest', by: li } },
      {
        workingDaysAgo: 20,
        command: { type: 'ReplyToEnterprise', message: '已受理，正在安排现场核查。', by: li },
      },
    ],
  },
  {
    requestId: id(6),
    receiptCode: 'DEMVF7G8H9J2',
    steps: [
      {
        workingDaysAgo: 5,
        command: submit(id(6), 'DEMVF7G8H9J2', {
          enterprise: E.logistics,
          category: 'talent',
          title: '货车司机职业技能培训补贴',
          description: '公司组织了 30 名货车司机参加职业技能培训，想申请培训补贴，不清楚由哪个部门受理。',
          channel: 'staff-phone',
        }),
      },
      { workingDaysAgo: 5, command: handOff(zhao, '职业技能培训补贴，请人力社保局认领。') },
    ],
  },
  {
    requestId: id(7),
    receiptCode: 'DEMWG8H9J2K3',
    steps: [
      {
        workingDaysAgo: 10,
        command: submit(id(7), 'DEMWG8H9J2K3', {
          enterprise: E.catering,
          category: 'market-order',
          title: '外卖平台佣金调整问题',
          description: '外卖平台单方面上调佣金比例，希望了解是否有相关规定，能否协调。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 10, command: handOff(li, '平台经济相关，请市场监管局答复。') },
      { workingDaysAgo: 9, command: { type: 'AcceptRequest', by: li } },
      {
        workingDaysAgo: 3,
        command: {
          type: 'ResolveRequest',
          answer: '已约谈平台区域负责人，平台同意对老字号商户执行原佣金比例至年底，并开放申诉通道。',
          by: li,
        },
      },
    ],
  },
  {
    requestId: id(8),
    receiptCode: 'DEMXH9J2K3L4',
    steps: [
      {
        workingDaysAgo: 14,
        command: submit(id(8), 'DEMXH9J2K3L4', {
          enterprise: E.software,
          category: 'talent',
          title: '外籍工程师工作许可续期',
          description: '我司外籍工程师工作许可即将到期，申请续期，询问是否可以网上办理。',
          channel: 'kiosk',
        }),
      },
      { workingDaysAgo: 14, command: handOff(zhao, '外国人工作许可，请人力社保局办理。') },
      { workingDaysAgo: 13, command: { type: 'AcceptRequest', by: zhao } },
      {
        workingDaysAgo: 12,
        command: { type: 'ReplyToEnterprise', message: '可在线办理，已发送操作指引。', by: zhao },
      },
      {
        workingDaysAgo: 8,
        command: { type: 'ResolveRequest', answer: '续期已审批通过，新许可有效期两年。', by: zhao },
      },
      {
        workingDaysAgo: 6,
        command: {
          type: 'RateRequest',
          proof: 'kiosk-walk-in',
          rating: 'very-satisfied',
          comment: '办理很快，指引清楚。',
          by: { kind: 'enterprise', creditCode: E.software.creditCode },
        },
      },
    ],
  },
  {
    requestId: id(9),
    receiptCode: 'DEMYJ2K3L4M5',
    steps: [
      {
        workingDaysAgo: 16,
        command: submit(id(9), 'DEMYJ2K3L4M5', {
          enterprise: E.textiles,
          category: 'approval-permits',
          title: '出口商品检验证书办理',
          description: '出口一批丝绸制品需要检验证书，询问办理流程。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 16, command: handOff(li, '请市场监管局答复检验证书办理事项。') },
      { workingDaysAgo: 15, command: { type: 'AcceptRequest', by: li } },
      {
        workingDaysAgo: 9,
        command: { type: 'ResolveRequest', answer: '已告知办理流程，请按指引向海关申请。', by: li },
      },
      {
        workingDaysAgo: 7,
        command: {
          type: 'RateRequest',
          proof: 'kiosk-walk-in',
          rating: 'dissatisfied',
          comment: '只是让我们去找海关，问题没有解决。',
          by: { kind: 'enterprise', creditCode: E.textiles.creditCode },
        },
      },
      // 好差评 after the rating: 回访 by the supervision office, the department's 申诉 and 整改.
      {
        workingDaysAgo: 6,
        command: {
          type: 'RecordCallback',
          answer: 'dissatisfied',
          note: '电话回访：企业希望部门协助对接海关，而非仅告知流程。',
          by: chen,
        },
      },
      {
        workingDaysAgo: 5,
        command: { type: 'AppealRating', reason: '检验证书属海关职责，本局已如实告知办理途径。', by: li },
      },
      {
        workingDaysAgo: 4,
        command: {
          type: 'DecideRatingAppeal',
          upheld: false,
          reason: '企业所求为协助对接，部门可主动联系海关，评价维持。',
          by: chen,
        },
      },
      {
        workingDaysAgo: 3,
        command: {
          type: 'ReportRectification',
          note: '已与海关驻地办事处建立对接机制，并陪同企业完成申请。',
          by: li,
        },
      },
    ],
  },
  {
    requestId: id(10),
    receiptCode: 'DEMZK3M4N5P6',
    steps: [
      {
        workingDaysAgo: 12,
        command: submit(id(10), 'DEMZK3M4N5P6', {
          enterprise: E.logistics,
          category: 'financing',
          title: '申请社保费缓缴',
          description: '受运价下跌影响经营困难，申请缓缴三个月社会保险费。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 12, command: handOff(zhao, '社保费缓缴申请，请人力社保局审核。') },
      { workingDaysAgo: 11, command: { type: 'AcceptRequest', by: zhao } },
      {
        workingDaysAgo: 7,
        command: {
          type: 'InformCannotHandle',
          reason: '阶段性缓缴社保费政策已于去年底到期，目前无缓缴政策可适用。',
          basis: '人社部发〔2022〕31号文件规定的实施期限已届满。',
          by: zhao,
        },
      },
      {
        workingDaysAgo: 5,
        command: {
          type: 'RateRequest',
          proof: 'kiosk-walk-in',
          rating: 'fairly-satisfied',
          comment: '虽未办成，但解释清楚。',
          by: { kind: 'enterprise', creditCode: E.logistics.creditCode },
        },
      },
      {
        workingDaysAgo: 4,
        command: {
          type: 'ApproveRateExclusion',
          reason: '缓缴政策已到期，依法不能办理，告知理由和依据充分，予以核减。',
          by: chen,
        },
      },
    ],
  },
  {
    requestId: id(11),
    receiptCode: 'DEMAK4M5N6P7',
    steps: [
      {
        workingDaysAgo: 9,
        command: submit(id(11), 'DEMAK4M5N6P7', {
          enterprise: E.smartManufacturing,
          category: 'land-premises',
          title: '厂房扩建用地指标',
          description: '公司计划扩建二期厂房，需新增工业用地约 20 亩，询问用地指标和供地方式。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 9, command: handOff(resources, '新增工业用地，请自然资源和规划局研究。') },
      { workingDaysAgo: 8, command: { type: 'AcceptRequest', by: resources } },
      {
        workingDaysAgo: 6,
        command: {
          type: 'PlanOutcome',
          outcome: 'report-up',
          note: '新增用地指标属市级事权，拟报市局统筹。',
          by: resources,
        },
      },
      {
        workingDaysAgo: 4,
        command: {
          type: 'EscalateRequest',
          upperLevelUnit: '宁波市自然资源和规划局',
          upperLevelReference: '海自然资规〔2026〕17号',
          note: '新增建设用地指标需市级统筹，已上报并附企业扩建方案。',
          by: resources,
        },
      },
    ],
  },
  {
    requestId: id(12),
    receiptCode: 'DEMBM5N6P7Q8',
    steps: [
      {
        workingDaysAgo: 18,
        command: submit(id(12), 'DEMBM5N6P7Q8', {
          enterprise: E.biotech,
          category: 'legal-rights',
          title: '合同纠纷法律援助',
          description: '供应商拖欠我司货款 80 万元已逾半年，请求提供法律服务和调解。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 18, command: handOff(li, '涉企合同纠纷，请市场监管局会同调解。') },
      { workingDaysAgo: 17, command: { type: 'AcceptRequest', by: li } },
      {
        workingDaysAgo: 12,
        command: { type: 'ResolveRequest', answer: '已组织双方调解，供应商承诺分期付款。', by: li },
      },
      {
        workingDaysAgo: 10,
        command: {
          type: 'ReopenRequest',
          proof: 'kiosk-walk-in',
          reason: '供应商未按约定支付第一期款项，请继续协调。',
          by: { kind: 'enterprise', creditCode: E.biotech.creditCode },
        },
      },
      {
        workingDaysAgo: 9,
        command: { type: 'ApproveExtension', reason: '涉及诉前调解与司法确认，情况复杂。', by: chen },
      },
    ],
  },
  {
    requestId: id(13),
    receiptCode: 'DEMCN6P7Q8R9',
    steps: [
      {
        workingDaysAgo: 2,
        command: submit(id(13), 'DEMCN6P7Q8R9', {
          enterprise: E.textiles,
          category: 'market-order',
          title: '再次反映商标被冒用',
          description: '电商平台上仍有商家冒用我司“月湖”商标，补充了新的链接。',
          channel: 'kiosk',
        }),
      },
      {
        workingDaysAgo: 1,
        // The seeder looks the original up in the store, as the endpoint does.
        command: { type: 'MarkDuplicate', originalRequestId: id(3), original: null, by: wang },
      },
    ],
  },
  {
    requestId: id(14),
    receiptCode: 'DEMDP7Q8R9S2',
    steps: [
      {
        workingDaysAgo: 45,
        command: submit(id(14), 'DEMDP7Q8R9S2', {
          enterprise: E.smartManufacturing,
          category: 'policy',
          title: '技术改造项目补助申报',
          description: '询问今年智能化技术改造项目补助的申报时间和条件。',
          channel: 'staff-walk-in',
        }),
      },
      { workingDaysAgo: 45, command: handOff(li, '请答复技改补助申报事项。') },
      { workingDaysAgo: 44, command: { type: 'AcceptRequest', by: li } },
      {
        workingDaysAgo: 40,
        command: { type: 'ResolveRequest', answer: '已发送申报指南，申报截止日为下月底。', by: li },
      },
    ],
  },
  {
    requestId: id(15),
    receiptCode: 'DEMEQ8R9S2T3',
    steps: [
      {
        workingDaysAgo: 7,
        command: submit(id(15), 'DEMEQ8R9S2T3', {
          enterprise: E.logistics,
          category: 'other',
          title: '园区道路拥堵影响货车通行',
          description: '东钱湖物流园区早晚高峰道路拥堵，货车进出困难，多家企业有同样问题。',
          channel: 'staff-walk-in',
        }),
      },
      {
        workingDaysAgo: 6,
        command: (dateOf) => ({
          type: 'GroupForJointMeeting',
          meetingId: 'joint-meeting-dongqianhu-traffic',
          meetingTitle: '东钱湖物流园区交通问题联席会议',
          scheduledOn: dateOf(2),
          by: wang,
        }),
      },
      {
        workingDaysAgo: 1,
        command: {
          type: 'RecordJointMeetingOutcome',
          meetingId: 'joint-meeting-dongqianhu-traffic',
          outcome: '交警、交通运输、园区管委会商定：增设货车专用通道，高峰时段错峰放行，两周内实施。',
          by: wang,
        },
      },
    ],
  },
];
