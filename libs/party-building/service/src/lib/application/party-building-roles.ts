/**
 * Who acts in party building. Party membership is sensitive personal data (个人信息保护法 art. 28): only
 * party-building staff (`party-building-staff`) record organisations, and only they and supervisors read them —
 * every read recorded (read-log.ts).
 */
export const PARTY_BUILDING_STAFF = ['party-building-staff'] as const;

export const ORGANISATION_READERS = ['party-building-staff', 'supervisor'] as const;
