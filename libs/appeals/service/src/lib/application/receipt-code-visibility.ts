import type { Actor } from '@qinqing/identity/access';
import { staffUnitId } from './request-actor';

/**
 * Who may read a request's receipt code. With the phone's last four digits (which the departments handling
 * the request see) it is the enterprise's proof, so it goes only to the staff of the receiving unit, who
 * printed it on the receipt and may need to read it out again, and to the identified walk-in enterprise
 * (its own requests). Departments, supervisors and administrators work without it.
 */
export const seesReceiptCode = (actor: Actor, receivingUnitId: string): boolean => {
  switch (actor.kind) {
    case 'staff':
      return staffUnitId(actor) === receivingUnitId;
    case 'kiosk-enterprise':
      return actor.enterprise !== null;
    case 'kiosk-device':
    case 'system':
      return false;
  }
};
