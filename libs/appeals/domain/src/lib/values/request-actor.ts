/**
 * Who issues a command, as far as the request's rules care: ownership (首问负责, the department it was
 * handed to), the filing enterprise (only it rates or reopens), a supervisor, or the deadline scheduler.
 * Which roles may call which endpoint is checked before the domain; this is about *whose* request it is.
 */
export type RequestActor =
  | { readonly kind: 'unit-staff'; readonly staffId: string; readonly unitId: string }
  | { readonly kind: 'supervisor'; readonly staffId: string }
  | { readonly kind: 'enterprise'; readonly creditCode: string }
  | { readonly kind: 'scheduler' };
