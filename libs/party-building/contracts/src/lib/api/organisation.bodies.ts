import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .nullable()
    .default(null);

/**
 * `POST /api/party-building/organisations`: an enterprise's party organisation as it now is. Shapes only; the
 * decider checks the values against the branch rules and names the field of the first problem.
 */
export const recordOrganisationBody = z.object({
  creditCode: z.string().max(40),
  enterpriseName: z.string().max(400),
  fullMembers: z.union([z.number(), z.string().max(20)]),
  probationaryMembers: z.union([z.number(), z.string().max(20)]),
  type: z.string().max(40),
  foundedOn: optionalText(10),
  superiorOrganisation: optionalText(100),
  secretary: optionalText(40),
  instructor: optionalText(40),
  termStartedOn: optionalText(10),
  /** Years of this term (3–5); null: the deployment's default for the type. */
  termYears: z
    .union([z.number(), z.string().max(4)])
    .nullable()
    .default(null),
  union: z.boolean().default(false),
  youthLeague: z.boolean().default(false),
});

export type RecordOrganisationBody = z.infer<typeof recordOrganisationBody>;

/** What a record answers: what the counts require and whether the organisation meets it. */
export interface OrganisationRecordAnswer {
  readonly creditCode: string;
  readonly type: string;
  readonly requiredForm: string;
  readonly mayAlsoForm: readonly string[];
  readonly inPlace: boolean;
  readonly termEndsOn: string | null;
  readonly records: number;
}

/** One enterprise's organisation record for party-building staff and supervisors (names included). */
export interface OrganisationView {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
  readonly type: string;
  readonly requiredForm: string;
  readonly mayAlsoForm: readonly string[];
  readonly inPlace: boolean;
  readonly foundedOn: string | null;
  readonly superiorOrganisation: string | null;
  readonly secretary: string | null;
  readonly instructor: string | null;
  readonly termStartedOn: string | null;
  readonly termYears: number | null;
  readonly termEndsOn: string | null;
  readonly union: boolean;
  readonly youthLeague: boolean;
  readonly records: number;
  readonly recordedAt: string;
  /** The joint branch (联合党支部) the enterprise is a unit of, if any. */
  readonly jointBranch: { readonly jointBranchId: string; readonly name: string } | null;
}

/** `GET /api/party-building/organisations?inPlace=&after=&limit=`: keyset paged by credit code. */
export const listOrganisationsQuery = z.object({
  inPlace: z
    .enum(['true', 'false'], { message: 'inPlace 须为 true 或 false / inPlace must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  after: z
    .string()
    .regex(
      /^[0-9A-Z]{18}$/u,
      'after 须为上一页最后一条的统一社会信用代码 / after is the last credit code of the previous page',
    )
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});

export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuery>;

/** A list entry: roles are shown as present or not; names only on the enterprise's own record. */
export interface OrganisationListEntry {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
  readonly type: string;
  readonly requiredForm: string;
  readonly inPlace: boolean;
  readonly hasSecretary: boolean;
  readonly hasInstructor: boolean;
  readonly termEndsOn: string | null;
}

export interface OrganisationPage {
  readonly items: readonly OrganisationListEntry[];
  /** The `after` of the next page, or null on the last one. */
  readonly next: string | null;
}

/**
 * `GET /api/party-building/alerts?after=&limit=`: keyset by (due date, credit code). With `escalated=true`: the
 * escalated alerts still open, earliest escalation first, keyset by (escalation date, credit code).
 */
export const listAlertsQuery = z.object({
  escalated: z
    .enum(['true', 'false'], { message: 'escalated 须为 true 或 false / escalated must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
  after: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}\/[0-9A-Z]{18}$/u,
      'after 须为上一页的 next 值 / after is the previous page’s next value',
    )
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});

export type ListAlertsQuery = z.infer<typeof listAlertsQuery>;

/** An open alert: the organisation the counts call for is not in place. */
export interface OrganisationAlertView {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
  readonly type: string;
  readonly requiredForm: string;
  readonly raisedOn: string;
  readonly dueOn: string;
  /** Working days after today up to and including the due date; negative: working days overdue. */
  readonly workingDaysLeft: number;
  readonly overdue: boolean;
  readonly escalatedOn: string | null;
}

export interface AlertPage {
  readonly items: readonly OrganisationAlertView[];
  readonly next: string | null;
}

/**
 * `GET /api/party-building/term-reminders?after=&limit=`: the terms whose six- or three-month reminder has been
 * given and whose election is not yet recorded, soonest end first.
 */
export const listTermRemindersQuery = listAlertsQuery;

export type ListTermRemindersQuery = z.infer<typeof listTermRemindersQuery>;

/** A term ending soon (or ended) with its reminder given; it leaves the list when the new term is recorded. */
export interface TermReminderView {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly type: string;
  readonly termStartedOn: string;
  readonly termEndsOn: string;
  /** The latest reminder given for this term: 6 or 3 months before its end. */
  readonly monthsBefore: 6 | 3;
  /** The term has ended and no election is recorded. */
  readonly ended: boolean;
}

export interface TermReminderPage {
  readonly items: readonly TermReminderView[];
  readonly next: string | null;
}

/**
 * `GET /api/party-building/coverage?areaCode=&format=`: without `areaCode`, one row per county (GB/T 2260);
 * with a county's code, one row per industry section (GB/T 4754) in it. `format=csv` answers the same rows as
 * a CSV file.
 */
export const coverageQuery = z.object({
  areaCode: z
    .string()
    .regex(
      /^[1-9]\d{5}$/u,
      'areaCode 须为6位县级行政区划代码 / areaCode is a 6-digit county code (GB/T 2260)',
    )
    .optional(),
  format: z
    .enum(['json', 'csv'], { message: 'format 须为 json 或 csv / format is json or csv' })
    .default('json'),
});

export type CoverageQuery = z.infer<typeof coverageQuery>;

export interface CoverageRow {
  /** The county (without `areaCode`) or the industry section letter (with it). */
  readonly key: string;
  /** The county's name (GB/T 2260, e.g. 海曙区); null for an industry section or a code the dataset lacks. */
  readonly name: string | null;
  readonly enterprises: number;
  /** Enterprises with a party organisation: their own, or membership of a joint branch. */
  readonly organised: number;
  /** Enterprises party work reaches: an organisation, or an assigned instructor. */
  readonly worked: number;
  /** organised ÷ enterprises, 0–1 (0 when there are none). */
  readonly organisationCoverage: number;
  readonly workCoverage: number;
}

export interface CoverageAnswer {
  readonly by: 'county' | 'industry-section';
  readonly areaCode: string | null;
  /** The county's name when `areaCode` is given. */
  readonly areaName: string | null;
  readonly rows: readonly CoverageRow[];
  readonly total: CoverageRow;
}

/** `POST /api/party-building/honours-recommendations`: shapes only; the decider checks the values. */
export const recommendForHonourBody = z.object({
  creditCode: z.string().max(40),
  enterpriseName: z.string().max(400),
  honour: z.string().max(40),
  nominee: z.string().max(160),
  nomineePosition: z.string().max(160),
});

export type RecommendForHonourBody = z.infer<typeof recommendForHonourBody>;

export interface HonourRecommendationAnswer {
  readonly recommendationId: string;
  readonly creditCode: string;
  readonly honour: string;
  readonly recommendedOn: string;
}

/** `GET /api/party-building/honours-recommendations?after=&limit=`: newest first, keyset by log position. */
export const listHonoursRecommendationsQuery = z.object({
  after: z
    .string()
    .regex(/^[1-9]\d{0,17}$/u, 'after 须为上一页的 next 值 / after is the previous page’s next value')
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});

export type ListHonoursRecommendationsQuery = z.infer<typeof listHonoursRecommendationsQuery>;

/** A recorded recommendation, the nominee named: for party-building staff and supervisors only. */
export interface HonourRecommendationView {
  readonly id: string;
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly honour: string;
  readonly nominee: string;
  readonly nomineePosition: string;
  readonly recordedOn: string;
}

export interface HonourRecommendationPage {
  readonly items: readonly HonourRecommendationView[];
  /** The `after` of the next page, or null on the last one. */
  readonly next: string | null;
}
