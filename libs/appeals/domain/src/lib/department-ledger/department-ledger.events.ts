import type { CalendarDate } from '@qinqing/calendar/domain';

/**
 * A department's service ledger (部门服务台账), kept by the appeals context for the efficiency supervision:
 * its 政策联络员 (Qingdao 二(三), Hengkou 二(三)), its 预约服务 records and the 明查暗访 of its service
 * (Jinjiang 三(四)). Inspections are made by 效能督查办 with 党政办督查室 and reported to 党工委、管委会
 * (Hengkou 二(三) 跟踪督促问效).
 */
export type PolicyLiaisonDesignated = {
  readonly type: 'PolicyLiaisonDesignated';
  readonly data: {
    readonly departmentId: string;
    readonly name: string;
    /** An office number the public may call (not a personal mobile). */
    readonly officePhone: string;
    readonly designatedOn: CalendarDate;
    readonly designatedBy: string;
  };
};

export type ServiceAppointmentRecorded = {
  readonly type: 'ServiceAppointmentRecorded';
  readonly data: {
    readonly appointmentId: string;
    readonly departmentId: string;
    readonly enterpriseName: string;
    readonly topic: string;
    readonly scheduledOn: CalendarDate;
    readonly recordedBy: string;
  };
};

export const INSPECTION_MODES = ['open', 'covert'] as const;
export type InspectionMode = (typeof INSPECTION_MODES)[number];
export const INSPECTION_MODE_NAMES: Record<InspectionMode, { readonly zh: string; readonly en: string }> = {
  open: { zh: '明查', en: 'Open inspection' },
  covert: { zh: '暗访', en: 'Unannounced visit' },
};

export const INSPECTION_CONCLUSIONS = ['satisfactory', 'needs-rectification'] as const;
export type InspectionConclusion = (typeof INSPECTION_CONCLUSIONS)[number];
export const INSPECTION_CONCLUSION_NAMES: Record<
  InspectionConclusion,
  { readonly zh: string; readonly en: string }
> = {
  satisfactory: { zh: '未发现问题', en: 'Satisfactory' },
  'needs-rectification': { zh: '责令整改', en: 'Rectification required' },
};

export type InspectionRecorded = {
  readonly type: 'InspectionRecorded';
  readonly data: {
    readonly inspectionId: string;
    readonly departmentId: string;
    readonly mode: InspectionMode;
    readonly findings: string;
    readonly conclusion: InspectionConclusion;
    readonly inspectedOn: CalendarDate;
    readonly inspectorId: string;
  };
};

export type DepartmentLedgerEvent = PolicyLiaisonDesignated | ServiceAppointmentRecorded | InspectionRecorded;
