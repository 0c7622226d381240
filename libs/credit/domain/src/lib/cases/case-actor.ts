/** Who files or takes back a case: the identified enterprise at the kiosk, or a credit officer for it. */
export interface CaseActor {
  readonly role: 'kiosk-enterprise' | 'credit-officer';
  readonly id: string;
}
