import type { EnterpriseSize } from '../enterprise-size';
/** The kinds of event a 亲清家园 centre holds (DOMAIN.md §5; Ningbo, Kunshan 四(4)). */
export const CENTRE_EVENT_KINDS = ['symposium', 'policy-briefing', 'course', 'legal-service'] as const;
export type CentreEventKind = (typeof CENTRE_EVENT_KINDS)[number];

export const CENTRE_EVENT_KIND_LABELS: Readonly<Record<CentreEventKind, { zh: string; en: string }>> = {
  symposium: { zh: '政企恳谈会', en: 'symposium' },
  'policy-briefing': { zh: '政策宣讲会', en: 'policy briefing' },
  course: { zh: '商桥微课堂', en: 'course' },
  'legal-service': { zh: '法律服务', en: 'legal service session' },
};

/**
 * Who an event is for. Every list empty: everyone. Industries are GB/T 4754 prefixes (a section letter `C`, or
 * a longer code `C34`), areas GB/T 2260 prefixes (`330203` covers its towns); an enterprise matches when it
 * matches every list that is not empty.
 */
export interface CentreEventAudience {
  readonly industries: readonly string[];
  readonly areaCodes: readonly string[];
  readonly sizes: readonly EnterpriseSize[];
}

/** What the directory knows of an enterprise, for the audience check. */
export interface AudienceFacts {
  readonly name: string;
  readonly industry: string;
  readonly areaCode: string;
  readonly size: EnterpriseSize | null;
}

export const CENTRE_EVENT_LIMITS = {
  /** Places per event: a hall of the largest centres (N: over 1,000 m²). */
  capacity: { min: 1, max: 500 },
  /** The waiting list holds at most this many; beyond it registration is refused (the stream stays bounded). */
  waitingList: 50,
  /**
   * Registrations ever taken on one event, withdrawals included: capacity × 2 + the waiting list. Bounds the
   * stream when enterprises register and withdraw over and over.
   */
  churnFactor: 2,
  title: 100,
  place: 100,
  description: 1000,
  reason: 200,
  comment: 500,
  audienceEntries: 20,
  /** Longest event, in hours. */
  durationHours: 12,
  /** Check-in opens this long before the start. */
  checkInOpensMinutes: 120,
} as const;

export const isAudienceOpen = (audience: CentreEventAudience): boolean =>
  audience.industries.length === 0 && audience.areaCodes.length === 0 && audience.sizes.length === 0;

/** Whether an enterprise with these directory facts is in the audience (null facts: only an open audience). */
export const inAudience = (audience: CentreEventAudience, facts: AudienceFacts | null): boolean => {
  if (isAudienceOpen(audience)) return true;
  if (facts === null) return false;
  const industry = facts.industry.toUpperCase();
  return (
    (audience.industries.length === 0 || audience.industries.some((p) => industry.startsWith(p))) &&
    (audience.areaCodes.length === 0 || audience.areaCodes.some((p) => facts.areaCode.startsWith(p))) &&
    (audience.sizes.length === 0 || (facts.size !== null && audience.sizes.includes(facts.size)))
  );
};

/** Alphabet of check-in codes: Crockford's base 32 (no I, L, O, U), read aloud and typed without mistakes. */
export const CHECK_IN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 10 characters of 32: 50 bits, drawn by the service from a CSPRNG. */
export const CHECK_IN_CODE_LENGTH = 10;

/** A typed code as stored: upper case, no spaces or dashes, O→0 and I/L→1 as Crockford reads them. */
export const normaliseCheckInCode = (raw: string): string =>
  raw.toUpperCase().replace(/[\s-]/gu, '').replace(/O/gu, '0').replace(/[IL]/gu, '1');
