/** Injection tokens of the identity module. */
export const IDENTITY_OPTIONS = Symbol('IdentityOptions');
/** The ActorResolver in use: sessions and device cookies (embedded), or signed tokens (behind a gateway). */
export const ACTOR_RESOLVER = Symbol('ActorResolver');
/** The staff-account decider (a token so tests can see what the app uses). */
export const STAFF_ACCOUNT_DECIDER = Symbol('StaffAccountDecider');
