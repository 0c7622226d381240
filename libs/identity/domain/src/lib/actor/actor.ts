import type { KioskRole, StaffRole } from '../roles/role';

/** A signed-in member of staff (console). Department and centre come with the roles that have one. */
export interface StaffActor {
  readonly kind: 'staff';
  /** The staff account id. */
  readonly id: string;
  readonly role: StaffRole;
  readonly displayName: string;
  /** 职能部门: set for department handlers. */
  readonly departmentId?: string;
  /** 亲清家园 centre: set for service staff. */
  readonly centreId?: string;
}

/** The enterprise a walk-in said it is, after its credit code and mobile number passed validation. */
export interface KioskEnterprise {
  /** 统一社会信用代码, normalised. */
  readonly creditCode: string;
  /** Mainland mobile number, 11 digits. Show it masked to anyone who does not need it. */
  readonly contactPhone: string;
}

/** A walk-in at a kiosk: anonymous (`enterprise: null`) until it identifies itself. */
export interface KioskEnterpriseActor {
  readonly kind: 'kiosk-enterprise';
  readonly sessionId: string;
  readonly deviceId: string;
  readonly centreId: string;
  readonly enterprise: KioskEnterprise | null;
}

/** A provisioned kiosk with no walk-in session open: it may only start one. */
export interface KioskDeviceActor {
  readonly kind: 'kiosk-device';
  readonly deviceId: string;
  readonly centreId: string;
}

/** The platform acting on its own (schedulers, demo data, consumers of integration events). */
export interface SystemActor {
  readonly kind: 'system';
  readonly id: string;
}

/** Whoever a request or a command acts for; every context receives this one type. */
export type Actor = StaffActor | KioskEnterpriseActor | KioskDeviceActor | SystemActor;

/** What an actor's role is called in event metadata; `system` is not a role anyone can be granted. */
export type ActorRole = StaffRole | KioskRole | 'system';

export const actorRole = (actor: Actor): ActorRole => {
  switch (actor.kind) {
    case 'staff':
      return actor.role;
    case 'kiosk-enterprise':
      return 'kiosk-enterprise';
    case 'kiosk-device':
      return 'kiosk-device';
    case 'system':
      return 'system';
  }
};

/**
 * The id an actor is recorded under in event metadata: the staff account, the walk-in session (the
 * enterprise, when identified, belongs in the event data), the device, or the system component.
 */
export const actorId = (actor: Actor): string => {
  switch (actor.kind) {
    case 'staff':
      return actor.id;
    case 'kiosk-enterprise':
      return actor.sessionId;
    case 'kiosk-device':
      return actor.deviceId;
    case 'system':
      return actor.id;
  }
};

/** `{ id, role }` as the command handler records it in every event's metadata. */
export const actorReference = (actor: Actor): { readonly id: string; readonly role: ActorRole } => ({
  id: actorId(actor),
  role: actorRole(actor),
});

export const systemActor = (id: string): SystemActor => ({ kind: 'system', id });

export const isStaffActor = (actor: Actor): actor is StaffActor => actor.kind === 'staff';

/** The identified enterprise behind a kiosk actor, or null (anonymous walk-in, or not a kiosk actor). */
export const identifiedEnterprise = (actor: Actor): KioskEnterprise | null =>
  actor.kind === 'kiosk-enterprise' ? actor.enterprise : null;

/** The 亲清家园 centre an actor works at or stands in, when it has one. */
export const actorCentreId = (actor: Actor): string | null => {
  switch (actor.kind) {
    case 'staff':
      return actor.centreId ?? null;
    case 'kiosk-enterprise':
    case 'kiosk-device':
      return actor.centreId;
    case 'system':
      return null;
  }
};
