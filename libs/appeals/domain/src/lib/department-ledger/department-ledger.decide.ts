import { validateMainlandMobileNumber } from '@qinqing/shared/chinese-ids';
import {
  accept,
  type Decider,
  type DecisionContext,
  type DomainError,
  domainError,
  reject,
} from '@qinqing/shared/domain-kernel';
import { type CalendarDate, isCalendarDate } from '@qinqing/calendar/domain';
import { underRule } from '../values/appeals-rules';
import { chinaDateOf } from '../values/china-date';
import {
  type DepartmentLedgerEvent,
  INSPECTION_CONCLUSION_NAMES,
  INSPECTION_CONCLUSIONS,
  INSPECTION_MODE_NAMES,
  INSPECTION_MODES,
  type InspectionConclusion,
  type InspectionMode,
} from './department-ledger.events';

type Staff = {
  readonly staffId: string;
  readonly role: 'administrator' | 'supervisor' | 'department-handler';
};
type AtDepartment = { readonly by: Staff & { readonly unitId: string | null } };

export type DesignatePolicyLiaison = {
  readonly type: 'DesignatePolicyLiaison';
  readonly departmentId: string;
  readonly name: string;
  readonly officePhone: string;
} & AtDepartment;
export type RecordServiceAppointment = {
  readonly type: 'RecordServiceAppointment';
  readonly appointmentId: string;
  readonly departmentId: string;
  readonly enterpriseName: string;
  readonly topic: string;
  readonly scheduledOn: CalendarDate;
} & AtDepartment;
export type RecordInspection = {
  readonly type: 'RecordInspection';
  readonly inspectionId: string;
  readonly departmentId: string;
  readonly mode: InspectionMode;
  readonly findings: string;
  readonly conclusion: InspectionConclusion;
} & AtDepartment;

export type DepartmentLedgerCommand = DesignatePolicyLiaison | RecordServiceAppointment | RecordInspection;

export interface DepartmentLedgerState {
  readonly liaison: {
    readonly name: string;
    readonly officePhone: string;
    readonly since: CalendarDate;
  } | null;
  readonly appointmentIds: readonly string[];
  readonly inspectionIds: readonly string[];
}

const streamPrefix = 'appeals-department-';
export const departmentLedgerStreamId = (departmentId: string): string => `${streamPrefix}${departmentId}`;

const invalid = (field: string, zh: string, en: string): DomainError =>
  domainError('validation', 'invalid-ledger-entry', { zh, en }, field);

const text = (
  field: string,
  value: unknown,
  label: { zh: string; en: string },
  max = 2000,
): DomainError | null => {
  if (typeof value !== 'string' || value.trim() === '')
    return invalid(field, `请填写${label.zh}`, `${label.en} is required`);
  return [...value.trim()].length > max
    ? invalid(field, `${label.zh}不能超过${max}个字`, `${label.en} must be at most ${max} characters`)
    : null;
};

const forbidden = (zh: string, en: string): DomainError =>
  underRule(domainError('forbidden', 'not-allowed-for-ledger', { zh, en }), 'supervision');

const decide = (command: DepartmentLedgerCommand, state: DepartmentLedgerState, context: DecisionContext) => {
  const today = chinaDateOf(context.now);
  switch (command.type) {
    case 'DesignatePolicyLiaison': {
      if (command.by.role !== 'administrator') {
        return reject(
          forbidden('只有系统管理员可以指定政策联络员', 'Only an administrator designates policy liaisons'),
        );
      }
      const problem =
        text('name', command.name, { zh: '联络员姓名', en: 'Name' }, 50) ??
        text('officePhone', command.officePhone, { zh: '办公电话', en: 'Office phone' }, 30) ??
        (/^[0-9+\-() ]{5,30}$/u.test(command.officePhone.trim()) &&
        !validateMainlandMobileNumber(command.officePhone).ok
          ? null
          : invalid(
              'officePhone',
              '请填写办公电话（座机），不要填写个人手机号',
              'Give an office number, not a personal mobile',
            ));
      if (problem !== null) return reject(problem);
      return accept<DepartmentLedgerEvent>({
        type: 'PolicyLiaisonDesignated',
        data: {
          departmentId: command.departmentId,
          name: command.name.trim(),
          officePhone: command.officePhone.trim(),
          designatedOn: today,
          designatedBy: command.by.staffId,
        },
      });
    }
    case 'RecordServiceAppointment': {
      if (command.by.role !== 'department-handler' || command.by.unitId !== command.departmentId) {
        return reject(
          forbidden(
            '只有本部门工作人员可以登记预约服务',
            'Only the department’s staff record its appointments',
          ),
        );
      }
      if (state.appointmentIds.includes(command.appointmentId)) return accept<DepartmentLedgerEvent>();
      const problem =
        text('enterpriseName', command.enterpriseName, { zh: '企业名称', en: 'Enterprise name' }, 100) ??
        text('topic', command.topic, { zh: '预约事项', en: 'Topic' }) ??
        (isCalendarDate(command.scheduledOn)
          ? null
          : invalid(
              'scheduledOn',
              '预约日期须为 YYYY-MM-DD 格式的有效日期',
              'The date must be a valid YYYY-MM-DD',
            ));
      if (problem !== null) return reject(problem);
      return accept<DepartmentLedgerEvent>({
        type: 'ServiceAppointmentRecorded',
        data: {
          appointmentId: command.appointmentId,
          departmentId: command.departmentId,
          enterpriseName: command.enterpriseName.trim(),
          topic: command.topic.trim(),
          scheduledOn: command.scheduledOn,
          recordedBy: command.by.staffId,
        },
      });
    }
    case 'RecordInspection': {
      if (command.by.role !== 'supervisor') {
        return reject(
          forbidden(
            '明查暗访由效能督查办会同党政办督查室开展',
            'Inspections are made by the supervision offices',
          ),
        );
      }
      if (state.inspectionIds.includes(command.inspectionId)) return accept<DepartmentLedgerEvent>();
      const problem =
        (INSPECTION_MODES.includes(command.mode)
          ? null
          : invalid(
              'mode',
              `方式须为：${INSPECTION_MODES.map((m) => INSPECTION_MODE_NAMES[m].zh).join('、')}`,
              'Mode must be open or covert',
            )) ??
        (INSPECTION_CONCLUSIONS.includes(command.conclusion)
          ? null
          : invalid(
              'conclusion',
              `结论须为：${INSPECTION_CONCLUSIONS.map((c) => INSPECTION_CONCLUSION_NAMES[c].zh).join('、')}`,
              'Conclusion must be satisfactory or needs-rectification',
            )) ??
        text('findings', command.findings, { zh: '检查情况', en: 'Findings' }, 4000);
      if (problem !== null) return reject(problem);
      return accept<DepartmentLedgerEvent>({
        type: 'InspectionRecorded',
        data: {
          inspectionId: command.inspectionId,
          departmentId: command.departmentId,
          mode: command.mode,
          findings: command.findings.trim(),
          conclusion: command.conclusion,
          inspectedOn: today,
          inspectorId: command.by.staffId,
        },
      });
    }
  }
};

const evolve = (state: DepartmentLedgerState, event: DepartmentLedgerEvent): DepartmentLedgerState => {
  switch (event.type) {
    case 'PolicyLiaisonDesignated':
      return {
        ...state,
        liaison: {
          name: event.data.name,
          officePhone: event.data.officePhone,
          since: event.data.designatedOn,
        },
      };
    case 'ServiceAppointmentRecorded':
      return { ...state, appointmentIds: [...state.appointmentIds, event.data.appointmentId] };
    case 'InspectionRecorded':
      return { ...state, inspectionIds: [...state.inspectionIds, event.data.inspectionId] };
  }
};

/** 部门服务台账: 政策联络员, 预约服务, 明查暗访 (Qingdao 二(三), Hengkou 二(三), Jinjiang 三(四)). */
export const departmentLedgerDecider: Decider<
  DepartmentLedgerCommand,
  DepartmentLedgerEvent,
  DepartmentLedgerState
> = {
  initialState: () => ({ liaison: null, appointmentIds: [], inspectionIds: [] }),
  evolve,
  decide,
};
