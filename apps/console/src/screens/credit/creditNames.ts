import {
  CREDIT_RECORD_KIND_NAMES,
  type CREDIT_RECORD_KINDS,
  type CREDIT_SEVERITIES,
  CREDIT_SEVERITY_NAMES,
  DISCLOSURE_STATUS_NAMES,
} from '@qinqing/credit/contracts';
import type { Bilingual } from '../../i18n/LocaleContext';

export type RecordKind = (typeof CREDIT_RECORD_KINDS)[number];
export type Severity = (typeof CREDIT_SEVERITIES)[number];

export const KIND_NAMES = CREDIT_RECORD_KIND_NAMES;
export const SEVERITY_NAMES = CREDIT_SEVERITY_NAMES;

const POSITIVE_KINDS: readonly string[] = ['praise', 'honour'];

export const isNegativeKind = (kind: string): boolean => !POSITIVE_KINDS.includes(kind);

/** The chip's colour: still public (red), repair may be applied for (amber), no longer public (grey). */
const TONES: Record<string, string> = { published: 'published', repairable: 'repairable' };

export const statusChip = (status: string): { readonly name: Bilingual; readonly tone: string } => ({
  name: (DISCLOSURE_STATUS_NAMES as Record<string, Bilingual>)[status] ?? { zh: status, en: status },
  tone: TONES[status] ?? 'ended',
});

const lookup = (table: Record<string, Bilingual>, key: string): Bilingual =>
  table[key] ?? { zh: key, en: key };

export const kindName = (kind: string): Bilingual => lookup(KIND_NAMES, kind);
export const severityName = (severity: string): Bilingual => lookup(SEVERITY_NAMES, severity);
