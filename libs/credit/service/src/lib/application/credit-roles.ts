/**
 * Who acts in the credit context. The credit officer (信用管理员, identity's `credit-officer`) keeps the
 * integrity files: records, corrections, imports, objections, repairs and the red/black board. The integrity
 * file holds internal evidence references, so besides the officer only the oversight roles read it; the
 * system administrator manages accounts and settings, not credit records.
 */
export const CREDIT_OFFICERS = ['credit-officer'] as const;

export const INTEGRITY_FILE_READERS = ['credit-officer', 'supervisor', 'discipline-inspector'] as const;

/**
 * Restrictions are what staff check before they act (一处失信、处处受限): the officer and oversight, and the staff
 * who recommend, grant, pair or serve — never a kiosk. They show the record and the enterprise, no person.
 */
export const RESTRICTION_READERS = [
  'credit-officer',
  'supervisor',
  'discipline-inspector',
  'service-staff',
  'leading-official',
  'department-handler',
] as const;
/** Objections and repair applications: the identified enterprise for itself, or a credit officer for it. */
export const CASE_FILERS = ['kiosk-enterprise', 'credit-officer'] as const;
