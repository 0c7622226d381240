import type { RegisteredStaffAccount } from './staff-account.state';

/**
 * The demo accounts share one password printed in the README. Once the platform runs without demo data
 * (DEMO_DATA off: a real deployment), that password may not open a session: a demo account signs in only by
 * choosing its own password at the same time. With demo data on, the walkthrough keeps working.
 */
export const passwordChangeRequired = (
  account: RegisteredStaffAccount,
  context: { readonly demoAccount: boolean; readonly demoDataOn: boolean },
): boolean => context.demoAccount && !context.demoDataOn && !account.passwordChosenBySelf;
