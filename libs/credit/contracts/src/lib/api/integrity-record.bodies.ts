import { creditCodeSchema, textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { decisionDateSchema, disclosurePeriodAnswer, severitySchema } from './disclosure-period.query';

/** The kinds of record in an integrity file: negative ones first, then praise and honours. */
export const CREDIT_RECORD_KINDS = [
  'administrative-penalty',
  'bribery',
  'wage-arrears',
  'tax-evasion',
  'infringement',
  'debt-evasion',
  'negative-list-violation',
  'praise',
  'honour',
] as const;

export const recordKindSchema = z.enum(CREDIT_RECORD_KINDS, {
  message: `记录类别须为 ${CREDIT_RECORD_KINDS.join('、')} 之一 / kind is one of ${CREDIT_RECORD_KINDS.join(', ')}`,
});

const facts = {
  kind: recordKindSchema,
  /** Negative records only (the decider says which way round is missing or superfluous). */
  severity: severitySchema.nullable().optional(),
  issuingAuthority: textSchema(100, { zh: '作出决定的机关', en: 'Issuing authority' }),
  decidedOn: decisionDateSchema,
  legalBasis: textSchema(500, { zh: '法律依据', en: 'Legal basis' }),
  evidenceReference: textSchema(500, { zh: '证据材料索引', en: 'Evidence reference' }),
  creditCode: creditCodeSchema,
  enterpriseName: textSchema(100, { zh: '企业名称', en: 'Enterprise name' }),
  /** Administrative penalties only (双公示 处罚类别, 处罚内容). */
  penaltyCategory: textSchema(100, { zh: '处罚类别', en: 'Penalty category' }).nullable().optional(),
  penaltyContent: textSchema(1000, { zh: '处罚内容', en: 'Penalty content' }).nullable().optional(),
};

const documentNumber = textSchema(100, { zh: '文书号', en: 'Document number' });

/** `POST /api/credit/records`: one decision in an enterprise's integrity file, named by its document number. */
export const recordIntegrityBody = z.object({ documentNumber, ...facts });

export type RecordIntegrityBody = z.infer<typeof recordIntegrityBody>;

/** `POST /api/credit/records/corrections`: the fields that change, and why. */
export const correctRecordBody = z.object({
  documentNumber,
  changes: z.object(facts).partial(),
  reason: textSchema(500, { zh: '更正理由', en: 'Reason' }),
});

export type CorrectRecordBody = z.infer<typeof correctRecordBody>;

/** What recording or correcting answers: the record's polarity and its periods (null for a positive one). */
export const integrityRecordAnswer = z.object({
  documentNumber: z.string(),
  polarity: z.enum(['negative', 'positive']),
  disclosure: disclosurePeriodAnswer.nullable(),
  corrections: z.number().int().nonnegative(),
});

export type IntegrityRecordAnswer = z.infer<typeof integrityRecordAnswer>;

/** `GET /api/credit/records?creditCode=`: one enterprise's integrity file. */
export const integrityFileQuery = z.object({ creditCode: creditCodeSchema });

export type IntegrityFileQuery = z.infer<typeof integrityFileQuery>;

export interface IntegrityFileEntry {
  readonly documentNumber: string;
  readonly kind: (typeof CREDIT_RECORD_KINDS)[number];
  readonly polarity: 'negative' | 'positive';
  readonly severity: 'minor' | 'general' | 'serious' | null;
  readonly issuingAuthority: string;
  readonly decidedOn: string;
  readonly legalBasis: string;
  readonly evidenceReference: string;
  readonly penaltyCategory: string | null;
  readonly penaltyContent: string | null;
  readonly enterpriseName: string;
  readonly disclosure: z.infer<typeof disclosurePeriodAnswer> | null;
  /**
   * Where the record stands today by its periods: unpublished, published, repairable, expired; null if positive.
   * A withdrawn record (撤销) is `withdrawn`, a repaired one (信用修复) `repaired`, whatever its periods say.
   */
  readonly disclosureStatus:
    'unpublished' | 'published' | 'repairable' | 'expired' | 'repaired' | 'withdrawn' | null;
  /** The day the record was withdrawn (撤销) on an objection; null while it stands. */
  readonly withdrawnOn: string | null;
  /** The day its repair was granted (publication ended early); null otherwise. */
  readonly repairedOn: string | null;
  /** The day the end of publication was recorded (the period's end passed); null while it has not been. */
  readonly publicationEndedOn: string | null;
  readonly source: 'staff' | 'import';
  readonly corrections: number;
  readonly recordedAt: string;
  readonly updatedAt: string;
}

export interface IntegrityFile {
  readonly creditCode: string;
  /** The enterprise as liaison's directory registers it now (credit's replica), or null when it is not there. */
  readonly enterprise: {
    readonly name: string;
    readonly areaCode: string;
    readonly industry: string;
  } | null;
  /** Today in China, the day the statuses are computed for. */
  readonly asOf: string;
  /** Newest decision first. */
  readonly records: readonly IntegrityFileEntry[];
}
