/**
 * An enterprise a staff account must keep away from (回避, 晋江 四), as appeals learns it from liaison's public
 * events: a specific-relation person the account declared has a shareholding, position or business with it
 * (`declared-tie`), or a recusal from it is recorded (`recusal`). Nothing personal: who the person is stays in
 * liaison.
 */
export interface StaffConflict {
  readonly staffId: string;
  /** 统一社会信用代码, normalised (upper case). */
  readonly creditCode: string;
  readonly basis: 'declared-tie' | 'recusal';
}
