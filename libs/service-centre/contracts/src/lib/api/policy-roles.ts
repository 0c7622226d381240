/**
 * Who works the policy library's push, for every context that serves a part of it. Service staff (服务专员, who
 * push policies to the enterprises of their centre) and administrators draft, edit, publish and withdraw; they
 * and supervisors (效能督查) follow a push up: its call list, and how its SMS notices fared (liaison).
 */
export const POLICY_EDITORS = ['service-staff', 'administrator'] as const;

export const POLICY_PUSH_FOLLOWERS = [...POLICY_EDITORS, 'supervisor'] as const;

/** A policy id as the platform makes them (UUIDv7), in a path. */
export const POLICY_ID_PATTERN = /^[0-9a-f-]{1,40}$/u;
