/**
 * Who acts on the centre's events (活动). Service staff (服务专员) run a centre's programme: they schedule, change,
 * cancel and close events, register enterprises by credit code and check them in. Supervisors (效能督查) read
 * events, registrations and feedback summaries. The administrator manages accounts and settings, not the
 * programme, so is not an organiser. Enterprises act at the kiosk for themselves only (`kiosk-enterprise`).
 */
export const CENTRE_EVENT_ORGANISERS = ['service-staff'] as const;

export const CENTRE_EVENT_READERS = ['service-staff', 'supervisor'] as const;
