import type {
  EnterpriseRequestCommand,
  RequestActor,
  RequestCategory,
  RequestChannel,
} from '@qinqing/appeals/domain';
import { supervisionOrderId, reviewOrderId } from '@qinqing/appeals/domain';

/** The identity demo units (organisation-unit ids the console knows), as requests are routed between them. */
export const CENTRES = ['centre-haishu', 'centre-yinzhou'] as const;
export const DEPARTMENTS = [
  'dept-market-regulation',
  'dept-human-resources',
  'dept-natural-resources',
  'dept-development-reform',
  'dept-taxation',
  'dept-justice',
] as const;
export const SUPERVISOR = { kind: 'supervisor', staffId: '01960000-0000-7000-8000-000000000004' } as const;
export const SCHEDULER = { kind: 'scheduler' } as const;

export const staffOf = (unitId: string) =>
  ({ kind: 'unit-staff', unitId, staffId: `bench-${unitId}-staff` }) as const;

/** A filed request's facts, fixed before its history is played. */
export interface RequestSeed {
  readonly requestId: string;
  readonly receiptCode: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly contactPhone: string;
  readonly centre: string;
  readonly department: string;
  readonly category: RequestCategory;
  readonly channel: RequestChannel;
  /** A number to vary wording and choices by, deterministically. */
  readonly n: number;
}

/** One step: on the working day `day` after submission (0: the filing day), this command. */
export type ScriptStep = readonly [day: number, command: EnterpriseRequestCommand];

export interface Script {
  readonly name: string;
  /** Share of all requests, in per mille; the shares add up to 1,000. */
  readonly perMille: number;
  /** Working days the history needs after submission: a request filed later is played with a shorter one. */
  readonly span: number;
  readonly steps: (seed: RequestSeed) => readonly ScriptStep[];
}

const TITLES: Record<RequestCategory, readonly string[]> = {
  policy: ['咨询研发费用加计扣除政策', '了解高新技术企业认定条件', '咨询稳岗返还申领流程'],
  'approval-permits': ['食品经营许可证延续', '建设工程规划许可办理进度', '排污许可变更登记'],
  financing: ['申请政策性担保贷款', '咨询贷款贴息申报', '应收账款融资对接'],
  'land-premises': ['厂房用地规划调整', '租赁厂房产权证明办理', '园区用电增容申请'],
  talent: ['高层次人才落户咨询', '技能人才补贴申领', '员工子女入学协调'],
  'legal-rights': ['反映合同纠纷久拖未决', '知识产权侵权投诉', '账款拖欠协调'],
  'market-order': ['反映同行冒用注册商标', '举报不正当竞争行为', '反映网络平台虚假宣传'],
  other: ['道路施工影响企业出入', '周边路灯损坏', '公交线路调整建议'],
};

const submit = (s: RequestSeed): EnterpriseRequestCommand => {
  const titles = TITLES[s.category];
  const title = titles[s.n % titles.length] as string;
  return {
    type: 'SubmitRequest',
    requestId: s.requestId,
    receiptCode: s.receiptCode,
    enterprise: { creditCode: s.creditCode, name: s.enterpriseName },
    contact: { name: `联系人${s.n % 997}`, phone: s.contactPhone },
    category: s.category,
    // Urgency is the receiving staff's call: a walk-in at the kiosk files a normal request.
    priority: s.channel !== 'kiosk' && s.n % 20 === 0 ? 'urgent' : 'normal',
    title,
    description: `${s.enterpriseName}反映：${title}，请相关部门协调办理并答复。编号${s.n}。`,
    channel: s.channel,
    receivingUnitId: s.centre,
    by:
      s.channel === 'kiosk'
        ? { kind: 'enterprise', creditCode: s.creditCode }
        : (staffOf(s.centre) as RequestActor),
  };
};

const handOff = (s: RequestSeed, to = s.department): EnterpriseRequestCommand => ({
  type: 'HandOffRequest',
  toDepartmentId: to,
  note: '请按职责办理并答复企业。',
  by: staffOf(s.centre),
});
const accept = (unit: string): EnterpriseRequestCommand => ({ type: 'AcceptRequest', by: staffOf(unit) });
const reply = (unit: string): EnterpriseRequestCommand => ({
  type: 'ReplyToEnterprise',
  message: '已收到诉求，正在核实办理，将按时答复。',
  by: staffOf(unit),
});
/** A progress update: later replies are recorded too, without settling the reply clock again. */
const progressReply = (unit: string): EnterpriseRequestCommand => ({
  type: 'ReplyToEnterprise',
  message: '办理进展：已会同相关科室现场核实，正在研究解决方案。',
  by: staffOf(unit),
});
const resolve = (unit: string): EnterpriseRequestCommand => ({
  type: 'ResolveRequest',
  answer: '经核实已协调办理完毕，企业诉求已解决。',
  by: staffOf(unit),
});
const rate = (
  s: RequestSeed,
  rating: 'very-satisfied' | 'satisfied' | 'dissatisfied',
): EnterpriseRequestCommand => ({
  type: 'RateRequest',
  rating,
  comment: rating === 'dissatisfied' ? '答复未解决实际问题' : '办理及时',
  proof: s.n % 2 === 0 ? 'track-page' : 'kiosk-receipt',
  by: { kind: 'enterprise', creditCode: s.creditCode },
});
const remind = (clock: 'reply' | 'resolve'): EnterpriseRequestCommand => ({
  type: 'RecordDeadlineReminder',
  clock,
  by: SCHEDULER,
});

/**
 * The histories, in the proportions a busy year at the centres might show: most requests handed to a
 * department, answered and rated; some paused, sent back, overdue and supervised, answered by 告知 or 报出,
 * or rated poorly and reviewed; the youngest still open. A step the decider refuses on the dates at hand (a
 * reminder not yet due, say) ends that history there, as it would have stopped at the desk.
 */
export const SCRIPTS: readonly Script[] = [
  {
    name: 'resolved and rated',
    perMille: 380,
    span: 12,
    steps: (s) => [
      [0, submit(s)],
      [0, handOff(s)],
      [1, accept(s.department)],
      [1, reply(s.department)],
      [3, progressReply(s.department)],
      [4, progressReply(s.department)],
      [5, remind('resolve')],
      [6, resolve(s.department)],
      [8, rate(s, s.n % 3 === 0 ? 'very-satisfied' : 'satisfied')],
    ],
  },
  {
    name: 'paused for documents, resolved, rated',
    perMille: 110,
    span: 20,
    steps: (s) => [
      [0, submit(s)],
      [0, handOff(s)],
      [1, accept(s.department)],
      [2, reply(s.department)],
      [
        3,
        {
          type: 'PauseClock',
          cause: 'enterprise-documents',
          reason: '待企业补充材料',
          by: staffOf(s.department),
        },
      ],
      [6, { type: 'ResumeClock', by: staffOf(s.department) }],
      [7, progressReply(s.department)],
      [8, progressReply(s.department)],
      [8, remind('resolve')],
      [10, resolve(s.department)],
      [12, rate(s, 'satisfied')],
    ],
  },
  {
    name: 'sent back, handed on, resolved, unrated and called back',
    perMille: 90,
    span: 40,
    steps: (s) => {
      const other = s.department === DEPARTMENTS[0] ? DEPARTMENTS[1] : DEPARTMENTS[0];
      return [
        [0, submit(s)],
        [0, handOff(s, other)],
        [1, { type: 'SendBackRequest', reason: '不属本部门职责', by: staffOf(other) }],
        [1, handOff(s)],
        [2, accept(s.department)],
        [2, reply(s.department)],
        [5, progressReply(s.department)],
        [7, resolve(s.department)],
        [30, { type: 'CloseAfterFeedbackWindow', by: SCHEDULER }],
        [32, { type: 'RecordCallback', answer: 'satisfied', note: '电话回访，企业表示满意', by: SUPERVISOR }],
      ];
    },
  },
  {
    name: 'reply overdue, supervised, resolved',
    perMille: 80,
    span: 20,
    steps: (s) => {
      const order = supervisionOrderId(s.requestId, 'reply', 1);
      return [
        [0, submit(s)],
        [0, handOff(s)],
        [1, accept(s.department)],
        [2, remind('reply')],
        [3, remind('reply')],
        [4, { type: 'RecordMissedDeadline', clock: 'reply', by: SCHEDULER }],
        [5, reply(s.department)],
        [6, progressReply(s.department)],
        [6, { type: 'AddSupervisionNote', orderId: order, note: '已约谈部门负责人', by: SUPERVISOR }],
        [9, resolve(s.department)],
        [
          10,
          {
            type: 'CloseSupervisionOrder',
            orderId: order,
            outcome: 'rectified',
            conclusion: '已整改',
            by: SUPERVISOR,
          },
        ],
        [12, rate(s, 'satisfied')],
      ];
    },
  },
  {
    name: 'rated poorly, reviewed, re-handled',
    perMille: 60,
    span: 30,
    steps: (s) => {
      const review = reviewOrderId(s.requestId);
      return [
        [0, submit(s)],
        [0, handOff(s)],
        [1, accept(s.department)],
        [1, reply(s.department)],
        [5, resolve(s.department)],
        [7, rate(s, 'dissatisfied')],
        [8, { type: 'RecordCallback', answer: 'dissatisfied', note: '企业仍不满意', by: SUPERVISOR }],
        [9, { type: 'OrderRehandling', orderId: review, instruction: '重新核查并答复', by: SUPERVISOR }],
        [10, reply(s.department)],
        [12, progressReply(s.department)],
        [14, resolve(s.department)],
        [15, { type: 'ReportRectification', note: '已重新办理并答复企业', by: staffOf(s.department) }],
        [
          16,
          {
            type: 'CloseSupervisionOrder',
            orderId: review,
            outcome: 'rectified',
            conclusion: '整改完成',
            by: SUPERVISOR,
          },
        ],
      ];
    },
  },
  {
    name: 'informed, excluded from the rate',
    perMille: 50,
    span: 12,
    steps: (s) => [
      [0, submit(s)],
      [0, handOff(s)],
      [1, accept(s.department)],
      [1, reply(s.department)],
      [2, progressReply(s.department)],
      [2, { type: 'PlanOutcome', outcome: 'inform', note: '拟告知', by: staffOf(s.department) }],
      [
        4,
        {
          type: 'InformCannotHandle',
          reason: '属司法管辖事项',
          basis: '《民事诉讼法》',
          by: staffOf(s.department),
        },
      ],
      [5, { type: 'ApproveRateExclusion', reason: '告知理由充分', by: SUPERVISOR }],
      [7, rate(s, 'satisfied')],
    ],
  },
  {
    name: 'reported up to a higher level',
    perMille: 30,
    span: 12,
    steps: (s) => [
      [0, submit(s)],
      [0, handOff(s)],
      [1, accept(s.department)],
      [1, reply(s.department)],
      [2, { type: 'PlanOutcome', outcome: 'report-up', note: '需市级协调', by: staffOf(s.department) }],
      [
        5,
        {
          type: 'EscalateRequest',
          upperLevelUnit: '宁波市发展和改革委员会',
          upperLevelReference: `甬发改函〔2026〕${s.n % 900}号`,
          note: '已报市级部门',
          by: staffOf(s.department),
        },
      ],
      [8, rate(s, 'very-satisfied')],
    ],
  },
  {
    name: 'in progress',
    perMille: 120,
    span: 4,
    steps: (s) => [
      [0, submit(s)],
      [0, handOff(s)],
      [1, accept(s.department)],
      [2, reply(s.department)],
      [3, progressReply(s.department)],
    ],
  },
  {
    name: 'just filed',
    perMille: 80,
    span: 1,
    steps: (s) => [[0, submit(s)], ...(s.n % 2 === 0 ? [[0, handOff(s)] as const] : [])],
  },
];
