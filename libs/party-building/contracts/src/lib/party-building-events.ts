import { defineIntegrationEvent } from '@qinqing/shared/contracts-kit';
import { z } from 'zod';
import { PARTY_BUILDING_SOURCE, PARTY_BUILDING_TOPIC } from './party-building-topic';

/**
 * The party-building context's public events: versioned, validated by their zod schema on both sides, catalogued
 * in docs/asyncapi.json. They carry counts, forms and coverage — never a person (no secretary, no instructor, no
 * member). A change that breaks a consumer is a new version (…v2), never an edit of v1.
 */
const organisationType = z.enum([
  'none',
  'joint-branch',
  'branch',
  'branch-committee',
  'general-branch',
  'primary-committee',
]);

/** An enterprise's party organisation was recorded (first or again), keyed by its 统一社会信用代码. */
export const OrganisationRecordedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.party-building.organisation.recorded.v1',
  version: 1,
  topic: PARTY_BUILDING_TOPIC,
  source: PARTY_BUILDING_SOURCE,
  schema: z.object({
    creditCode: z.string().length(18),
    fullMembers: z.number().int().min(0),
    probationaryMembers: z.number().int().min(0),
    organisationType,
    requiredForm: z
      .enum(['none', 'branch', 'branch-committee'])
      .describe('What the full-member count requires'),
    mayAlsoForm: z.array(z.enum(['joint-branch', 'general-branch', 'primary-committee'])),
    inPlace: z.boolean().describe('The organisation meets what the counts require'),
    hasInstructor: z.boolean().describe('A party-building instructor (党建指导员) is assigned'),
    union: z.boolean(),
    youthLeague: z.boolean(),
    foundedOn: z.iso.date().nullable(),
    termEndsOn: z.iso.date().nullable(),
    recordedAt: z.iso.datetime(),
  }),
});

const creditCode = z.string().length(18);

/**
 * A joint branch (联合党支部) of two to five units was formed, keyed by its id: the units by credit code and their
 * number, its founding date and term end. Not its secretary, not any member.
 */
export const JointBranchFormedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.party-building.joint-branch.formed.v1',
  version: 1,
  topic: PARTY_BUILDING_TOPIC,
  source: PARTY_BUILDING_SOURCE,
  schema: z.object({
    jointBranchId: z.string().min(1),
    unitCreditCodes: z.array(creditCode).min(2).max(5),
    unitCount: z.number().int().min(2).max(5),
    foundedOn: z.iso.date(),
    termEndsOn: z.iso.date(),
    formedAt: z.iso.datetime(),
  }),
});

/** A unit joined a joint branch (keyed by the joint branch's id): its credit code and the units now in it. */
export const JointBranchUnitJoinedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.party-building.joint-branch.unit-joined.v1',
  version: 1,
  topic: PARTY_BUILDING_TOPIC,
  source: PARTY_BUILDING_SOURCE,
  schema: z.object({ jointBranchId: z.string().min(1), creditCode, joinedOn: z.iso.date() }),
});

/** A unit left a joint branch (keyed by the joint branch's id). */
export const JointBranchUnitLeftV1 = defineIntegrationEvent({
  type: 'cn.qinqing.party-building.joint-branch.unit-left.v1',
  version: 1,
  topic: PARTY_BUILDING_TOPIC,
  source: PARTY_BUILDING_SOURCE,
  schema: z.object({ jointBranchId: z.string().min(1), creditCode, leftOn: z.iso.date() }),
});

/** A party organisation's activity was recorded (keyed by the organisation): its kind, date and a count. */
export const ActivityRecordedV1 = defineIntegrationEvent({
  type: 'cn.qinqing.party-building.activity.recorded.v1',
  version: 1,
  topic: PARTY_BUILDING_TOPIC,
  source: PARTY_BUILDING_SOURCE,
  schema: z.object({
    activityId: z.string().min(1),
    organisationKind: z.enum(['enterprise', 'joint-branch', 'chamber']),
    organisationId: z
      .string()
      .min(1)
      .describe('A credit code, or a joint branch’s or chamber organisation’s id'),
    kind: z.enum(['study', 'training', 'theme-day', 'service', 'other']),
    heldOn: z.iso.date(),
    participants: z.number().int().min(1).describe('How many took part; never who'),
  }),
});

export const PARTY_BUILDING_PUBLIC_EVENTS = [
  OrganisationRecordedV1,
  JointBranchFormedV1,
  JointBranchUnitJoinedV1,
  JointBranchUnitLeftV1,
  ActivityRecordedV1,
] as const;
