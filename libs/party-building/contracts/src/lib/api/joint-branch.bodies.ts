import { z } from 'zod';
import { pageLimit } from '@qinqing/shared/contracts-kit';

/** `POST /api/party-building/joint-branches`: shapes only; the decider checks the values and names the field. */
export const formJointBranchBody = z.object({
  name: z.string().max(400),
  /** The member units by 统一社会信用代码 (the decider wants two to five). */
  units: z.array(z.string().max(40)).max(20),
  foundedOn: z.string().max(40),
  superiorOrganisation: z.string().max(400),
  secretary: z.string().max(160),
  termStartedOn: z.string().max(40),
  termYears: z
    .union([z.number(), z.string().max(4)])
    .nullable()
    .default(null),
});

export type FormJointBranchBody = z.infer<typeof formJointBranchBody>;

/** `POST /api/party-building/joint-branches/{id}/units`. */
export const addJointBranchUnitBody = z.object({ creditCode: z.string().max(40) });

export type AddJointBranchUnitBody = z.infer<typeof addJointBranchUnitBody>;

/** `GET /api/party-building/joint-branches?after=&limit=`: keyset by id (ids sort by creation). */
export const listJointBranchesQuery = z.object({
  after: z
    .string()
    .regex(/^[0-9a-f-]{1,40}$/u, 'after 须为上一页的 next 值 / after is the previous page’s next value')
    .optional(),
  limit: pageLimit({ defaultLimit: 50 }),
});

export type ListJointBranchesQuery = z.infer<typeof listJointBranchesQuery>;

/** A unit of a joint branch: counts as recorded when it joined. */
export interface JointBranchUnitView {
  readonly creditCode: string;
  readonly enterpriseName: string;
  readonly fullMembers: number;
  readonly probationaryMembers: number;
  readonly joinedOn: string;
}

export interface JointBranchListEntry {
  readonly jointBranchId: string;
  readonly name: string;
  readonly superiorOrganisation: string;
  readonly foundedOn: string;
  readonly termEndsOn: string;
  readonly unitCount: number;
  readonly hasSecretary: boolean;
}

export interface JointBranchPage {
  readonly items: readonly JointBranchListEntry[];
  readonly next: string | null;
}

/** One joint branch with its units and secretary, for party-building staff and supervisors (the read is logged). */
export interface JointBranchView {
  readonly jointBranchId: string;
  readonly name: string;
  readonly superiorOrganisation: string;
  readonly secretary: string;
  readonly foundedOn: string;
  readonly termStartedOn: string;
  readonly termYears: number;
  readonly termEndsOn: string;
  readonly units: readonly JointBranchUnitView[];
  readonly formedAt: string;
}

/** What forming, joining or leaving answers: the joint branch's units now. */
export interface JointBranchAnswer {
  readonly jointBranchId: string;
  readonly name: string;
  readonly units: readonly string[];
}
