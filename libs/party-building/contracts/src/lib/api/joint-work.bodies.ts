import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';

const count = z.union([z.number(), z.string().max(20)]);

/** Keyset by id (ids sort by creation): `after` is the previous page's `next`. */
export const pageByIdQuery = z.object({
  after: z
    .string()
    .regex(/^[0-9a-f-]{1,40}$/u, 'after 须为上一页的 next 值 / after is the previous page’s next value')
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});

export type PageByIdQuery = z.infer<typeof pageByIdQuery>;

/** `POST /api/party-building/chamber-organisations`: shapes only; the decider checks the values. */
export const recordChamberOrganisationBody = z.object({
  chamberName: z.string().max(400),
  chamberKind: z.string().max(40),
  organisationType: z.string().max(40),
  fullMembers: count,
  probationaryMembers: count,
  memberEnterprises: count,
  superiorOrganisation: z.string().max(400),
});

export type RecordChamberOrganisationBody = z.infer<typeof recordChamberOrganisationBody>;

export interface ChamberOrganisationView {
  readonly chamberOrganisationId: string;
  readonly chamberName: string;
  readonly chamberKind: string;
  readonly organisationType: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
  readonly memberEnterprises: number;
  readonly superiorOrganisation: string;
  readonly recordedOn: string;
}

export interface ChamberOrganisationPage {
  readonly items: readonly ChamberOrganisationView[];
  readonly next: string | null;
}

/** `POST /api/party-building/pairings` (四联四帮). */
export const startPairingBody = z.object({
  branchName: z.string().max(400),
  department: z.string().max(400),
  enterprises: z.array(z.string().max(40)).max(50),
  startedOn: z.string().max(40),
  endsOn: z.string().max(40).nullable().default(null),
});

export type StartPairingBody = z.infer<typeof startPairingBody>;

/** `POST /api/party-building/pairings/{id}/end`. */
export const endPairingBody = z.object({ endedOn: z.string().max(40) });

export type EndPairingBody = z.infer<typeof endPairingBody>;

export interface PairingView {
  readonly pairingId: string;
  readonly branchName: string;
  readonly department: string;
  readonly enterprises: readonly string[];
  readonly startedOn: string;
  readonly endsOn: string | null;
  readonly endedOn: string | null;
}

export interface PairingPage {
  readonly items: readonly PairingView[];
  readonly next: string | null;
}

/** `POST /api/party-building/activities`: shapes only; the decider checks the values. */
export const recordActivityBody = z.object({
  organisationKind: z.string().max(40),
  organisationId: z.string().max(60),
  kind: z.string().max(40),
  heldOn: z.string().max(40),
  title: z.string().max(400),
  participants: count,
});

export type RecordActivityBody = z.infer<typeof recordActivityBody>;

/** `GET /api/party-building/activities?organisation=<kind>:<id>&after=&limit=`: newest first. */
export const listActivitiesQuery = z.object({
  organisation: z
    .string()
    .regex(
      /^(enterprise:[0-9A-Za-z]{18}|joint-branch:[0-9a-f-]{1,40}|chamber:[0-9a-f-]{1,40})$/u,
      'organisation 须为 enterprise:<统一社会信用代码>、joint-branch:<编号> 或 chamber:<编号> / organisation is enterprise:<credit code>, joint-branch:<id> or chamber:<id>',
    ),
  after: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}\/[0-9a-f-]{1,40}$/u,
      'after 须为上一页的 next 值 / after is the previous page’s next value',
    )
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});

export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;

export interface ActivityView {
  readonly activityId: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly title: string;
  readonly participants: number;
}

export interface ActivityPage {
  readonly items: readonly ActivityView[];
  readonly next: string | null;
}
