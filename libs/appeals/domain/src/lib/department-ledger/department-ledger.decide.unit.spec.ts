import { deciderSpecification } from '@qinqing/shared/testing';
import { parseCalendarDate } from '@qinqing/calendar/domain';
import { describe, expect, it } from 'vitest';
import { type DepartmentLedgerCommand, departmentLedgerDecider } from './department-ledger.decide';

// Issue 11 item 12: 政策联络员 (Qingdao 二(三), Hengkou 二(三)), 预约服务 and 明查暗访 (Jinjiang 三(四)).
const given = deciderSpecification(departmentLedgerDecider, { now: new Date('2026-06-15T10:00:00+08:00') });
const DEPT = 'dept-market-regulation';
const admin = { staffId: 'admin-1', role: 'administrator', unitId: null } as const;
const handler = { staffId: 'li', role: 'department-handler', unitId: DEPT } as const;
const otherHandler = { staffId: 'zhao', role: 'department-handler', unitId: 'dept-human-resources' } as const;
const supervisor = { staffId: 'chen', role: 'supervisor', unitId: null } as const;

const liaison = (
  by = admin as DepartmentLedgerCommand['by'],
  officePhone = '0574-87654321',
): DepartmentLedgerCommand => ({
  type: 'DesignatePolicyLiaison',
  departmentId: DEPT,
  name: '周政策',
  officePhone,
  by,
});
const appointment = (by: DepartmentLedgerCommand['by'] = handler): DepartmentLedgerCommand => ({
  type: 'RecordServiceAppointment',
  appointmentId: 'appt-1',
  departmentId: DEPT,
  enterpriseName: '宁波某某纺织有限公司',
  topic: '商标注册指导',
  scheduledOn: parseCalendarDate('2026-06-18'),
  by,
});
const inspection = (by: DepartmentLedgerCommand['by'] = supervisor): DepartmentLedgerCommand => ({
  type: 'RecordInspection',
  inspectionId: 'insp-1',
  departmentId: DEPT,
  mode: 'covert',
  findings: '窗口人员首问负责落实到位，一次性告知材料清单。',
  conclusion: 'satisfactory',
  by,
});

describe('the department service ledger', () => {
  it('an administrator designates the department’s 政策联络员 with an office number, never a personal mobile', () => {
    given([])
      .when(liaison())
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          type: 'PolicyLiaisonDesignated',
          data: { name: '周政策', designatedOn: '2026-06-15' },
        }),
      );
    given([]).when(liaison(admin, '13800138000')).thenRejects('invalid-ledger-entry', 'validation');
    given([]).when(liaison(handler)).thenRejects('not-allowed-for-ledger', 'forbidden');
  });

  it('预约服务 is recorded by the department’s own staff, once per appointment', () => {
    given([])
      .when(appointment())
      .thenEvents((events) => expect(events).toHaveLength(1));
    given([]).when(appointment(otherHandler)).thenRejects('not-allowed-for-ledger', 'forbidden');
    given([])
      .when({ ...appointment(), topic: ' ' } as DepartmentLedgerCommand)
      .thenRejects('invalid-ledger-entry');
    const recorded = [
      {
        type: 'ServiceAppointmentRecorded' as const,
        data: {
          appointmentId: 'appt-1',
          departmentId: DEPT,
          enterpriseName: 'x',
          topic: 'y',
          scheduledOn: parseCalendarDate('2026-06-18'),
          recordedBy: 'li',
        },
      },
    ];
    given(recorded).when(appointment()).then([]);
  });

  it('明查暗访 by the supervision offices, with a mode and a conclusion', () => {
    given([])
      .when(inspection())
      .thenEvents(([event]) =>
        expect(event).toMatchObject({
          type: 'InspectionRecorded',
          data: { mode: 'covert', conclusion: 'satisfactory' },
        }),
      );
    given([]).when(inspection(handler)).thenRejects('not-allowed-for-ledger', 'forbidden');
    given([])
      .when({ ...inspection(), mode: 'secret' } as unknown as DepartmentLedgerCommand)
      .thenRejectsWith((error) => expect(error.message.zh).toContain('明查、暗访'));
  });
});
