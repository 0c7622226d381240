import type { StaffAction } from '@qinqing/appeals/contracts';
import { optionalTextSchema, textSchema } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import type { LocalizedText } from '../localized-text';
import { pageLimit } from '@qinqing/shared/contracts-kit';

/** The categories a report is filed under (the domain's REPORT_CATEGORIES; liaison's negative-list codes). */
const category = z.enum(['collusion', 'inaction', 'extortion', 'negative-list', 'other'], {
  message: '请选择举报类别 / Choose a category',
});
const itemCode = z
  .string()
  .regex(
    /^[A-Z]{1,3}(\.\d{1,3}){1,4}$/u,
    '负面清单条目编号格式应如 K.5.5.3 / An item code looks like K.5.5.3',
  )
  .nullable()
  .default(null);
const unitId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u, '请选择被反映人所在单位 / Choose the official’s unit');

const accused = z
  .object({
    name: textSchema(40, { zh: '被反映人姓名', en: 'Name of the official' }),
    unitId,
    position: optionalTextSchema(60, { zh: '被反映人职务', en: 'Position' }).nullable().default(null),
    headsUnit: z.boolean().default(false),
  })
  .strict();

/**
 * A passphrase the reporter chooses to read answers later (with the receipt code): 8–128 characters. Kept only
 * as an Argon2id hash.
 */
const passphrase = z
  .string()
  .min(8, '口令至少8个字符 / The passphrase needs at least 8 characters')
  .max(128, '口令不超过128个字符 / The passphrase is at most 128 characters');

const reportFields = {
  category,
  negativeListItemCode: itemCode,
  accused,
  description: textSchema(4000, { zh: '问题描述', en: 'Description' }),
  passphrase,
};

/** `POST /api/service-centre/misconduct-reports/anonymous`: nothing about the reporter, by design. */
export const anonymousReportBody = z.object(reportFields).strict();
export type AnonymousReportBody = z.infer<typeof anonymousReportBody>;

/** `POST /api/service-centre/misconduct-reports/real-name` (an identified kiosk walk-in): the name they give. */
export const realNameReportBody = z
  .object({ ...reportFields, reporterName: textSchema(40, { zh: '举报人姓名', en: 'Your name' }) })
  .strict();
export type RealNameReportBody = z.infer<typeof realNameReportBody>;

/** `POST …/desk/records`: a letter or visit the inspector enters with the reporter's name and phone. */
export const staffEnteredReportBody = z
  .object({
    category,
    negativeListItemCode: itemCode,
    accused,
    description: textSchema(4000, { zh: '问题描述', en: 'Description' }),
    reporterName: textSchema(40, { zh: '举报人姓名', en: 'Reporter’s name' }),
    reporterPhone: z.string().regex(/^[0-9-]{7,20}$/u, '联系电话格式不正确 / Invalid phone number'),
  })
  .strict();
export type StaffEnteredReportBody = z.infer<typeof staffEnteredReportBody>;

/** The receipt code as issued: 20 characters of Crockford base32, shown in groups of four (dashes optional). */
export const receiptCodeSchema = z
  .string()
  .transform((s) => s.replace(/[\s-]/gu, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[0-9A-HJKMNP-TV-Z]{20}$/u, '回执码为20位字母数字 / The receipt code has 20 characters'),
  );

/** `POST …/follow-up`: read a report's answers with the receipt code and passphrase. */
export const followUpBody = z.object({ receiptCode: receiptCodeSchema, passphrase }).strict();
export type FollowUpBody = z.infer<typeof followUpBody>;

/** `POST …/follow-up/information`: add information to one's report. */
export const followUpInformationBody = z
  .object({
    receiptCode: receiptCodeSchema,
    passphrase,
    text: textSchema(4000, { zh: '补充内容', en: 'Information' }),
  })
  .strict();
export type FollowUpInformationBody = z.infer<typeof followUpInformationBody>;

/** What the reporter is given once: the receipt code (shown big, to be written down). */
export interface ReportReceipt {
  readonly receiptCode: string;
  /** Anonymous reports are entered into the register after the day has ended (see docs). */
  readonly registeredFrom: 'today' | 'next-day';
}

/** What the reporter reads back: status, the answers and what they added. Never who read it. */
export interface FollowUpView {
  readonly status: 'received' | 'open' | 'concluded';
  readonly filedOn: string | null;
  readonly answers: readonly { readonly text: string; readonly on: string }[];
  readonly information: readonly { readonly text: string; readonly on: string }[];
  /** Information given but not yet entered into the register (entered after the day has ended). */
  readonly pendingInformation: number;
}

const limit = pageLimit({ defaultLimit: 50 });
const NOT_A_CURSOR = 'after 为上一页返回的 next / after is the previous page’s next';

/** The cursor's day must be a real one (2026-02-30 matches the pattern but is no date). */
const startsWithRealDay = (cursor: string): boolean => {
  const day = cursor.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) && parsed.getUTCFullYear() >= 1900 && parsed.toISOString().startsWith(day)
  );
};

/** `GET …/desk/reports`: newest day first, keyset-paged by `after` (the previous page's `next`). */
export const listReportsQuery = z
  .object({
    status: z.enum(['open', 'concluded']).optional(),
    after: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/u, NOT_A_CURSOR)
      .refine(startsWithRealDay, NOT_A_CURSOR)
      .optional(),
    limit,
  })
  .strict();
export type ListReportsQuery = z.infer<typeof listReportsQuery>;

export const identifyAccusedBody = z
  .object({
    officialId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u, '领导干部账号无效 / Invalid official account id')
      .nullable(),
    headsUnit: z.boolean(),
  })
  .strict();
export const classifyReportBody = z.object({ category, negativeListItemCode: itemCode }).strict();
export const answerReporterBody = z.object({ text: textSchema(2000, { zh: '答复', en: 'Answer' }) }).strict();
export const inspectorInformationBody = z
  .object({ text: textSchema(4000, { zh: '补充材料', en: 'Information' }) })
  .strict();
export const escalateReportBody = z
  .object({ toBody: textSchema(100, { zh: '上一级纪检监察机关', en: 'Body one level up' }) })
  .strict();
export const concludeReportBody = z
  .object({
    outcome: z.enum(['substantiated', 'partly-substantiated', 'unsubstantiated', 'transferred'], {
      message: '请选择办结结论 / Choose an outcome',
    }),
    areaCode: z
      .string()
      .regex(/^[1-9]\d{5}$/u, '地区为6位行政区划代码 / The area is a 6-digit division code'),
    summary: textSchema(2000, { zh: '办结意见', en: 'Conclusion' }),
  })
  .strict();

/**
 * The sections of the flagged review (`GET …/desk/reports/:id/flags`), each keyset-paged on its own with
 * `GET …/flags/:section?after=&limit=`: the official's pairings, the requests raised on his visits, the
 * interaction filings he filed or decided, the approvals he gave on requests, and the requests he acted on.
 */
export const FLAG_SECTIONS = ['pairings', 'requests', 'filings', 'approvals', 'handled-requests'] as const;
export type FlagSection = (typeof FLAG_SECTIONS)[number];

/** A section's next page: `after` is the previous page's `next` (`<day or instant>|<id>`). */
export const flagPageQuery = z
  .object({
    after: z
      .string()
      .regex(
        // A real time of day (00:00:00–23:59:59): PostgreSQL refuses 99:99:99 with an error, not an empty page.
        /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z)?\|[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/u,
        NOT_A_CURSOR,
      )
      .refine(startsWithRealDay, NOT_A_CURSOR)
      .optional(),
    limit,
  })
  .strict();
export type FlagPageQuery = z.infer<typeof flagPageQuery>;

export interface FlagPage<Item> {
  readonly items: readonly Item[];
  readonly next: string | null;
}

/** An enterprise as the public events name it; `name` null when the directory replica does not know the code. */
export interface FlaggedEnterprise {
  readonly creditCode: string;
  readonly name: string | null;
}

export interface FlaggedPairing {
  readonly pairingId: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly category: string;
  readonly startDate: string;
  readonly endDate: string | null;
}

/** A request raised on one of his visits, and its state in appeals. */
export interface FlaggedVisitRequest {
  readonly requestId: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly title: string;
  readonly raisedOn: string;
  readonly state: string;
}

/** An interaction filing (政商交往报备) he filed, or decided as the filer's superior. */
export interface FlaggedFiling {
  readonly filingId: string;
  readonly role: 'filed' | 'decided';
  readonly actedAt: string;
  /** Liaison's activity kind (forum, annual-meeting, …); null until the filing's own event has arrived. */
  readonly activityKind: string | null;
  readonly organiserKind: 'enterprise' | 'chamber' | null;
  readonly enterprises: readonly FlaggedEnterprise[];
  readonly eventDate: string | null;
  readonly outcome: 'requested' | 'approved' | 'refused' | null;
  readonly reportDue: string | null;
  /** How the post-activity report went: in time, late, or missing past its due date (null: none due yet). */
  readonly report: 'reported' | 'reported-late' | 'overdue' | null;
  readonly conductKept: boolean | null;
}

/** An approval he gave on an enterprise request (appeals' STAFF_APPROVAL_ACTIONS). */
export interface FlaggedApproval {
  readonly approvalId: string;
  readonly requestId: string;
  readonly action: StaffAction;
  readonly actedAt: string;
  /** The request's enterprise and category; null when its submission is not in the replica. */
  readonly enterprise: FlaggedEnterprise | null;
  readonly category: string | null;
}

/** A request he acted on in person: each kind of act once, in the order first done. */
export interface FlaggedHandledRequest {
  readonly requestId: string;
  readonly actions: readonly StaffAction[];
  readonly firstActedAt: string;
  readonly lastActedAt: string;
  readonly enterprise: FlaggedEnterprise | null;
  readonly category: string | null;
}

interface ReviewGate {
  readonly officialId: string | null;
  /** False when the report is concluded or no official's account is linked: then every section is empty. */
  readonly reviewing: boolean;
  readonly reason: LocalizedText | null;
}

/** `GET …/desk/reports/:id/flags` (recorded as a read): the first page of every section. */
export interface FlaggedReview extends ReviewGate {
  readonly pairings: FlagPage<FlaggedPairing>;
  readonly requests: FlagPage<FlaggedVisitRequest>;
  readonly filings: FlagPage<FlaggedFiling>;
  readonly approvals: FlagPage<FlaggedApproval>;
  readonly handledRequests: FlagPage<FlaggedHandledRequest>;
}

/** `GET …/desk/reports/:id/flags/:section` (recorded as a read): one section's next page. */
export interface FlagSectionPage<Item> extends ReviewGate {
  readonly page: FlagPage<Item>;
}
