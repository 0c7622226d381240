import { z } from 'zod';

/**
 * `GET /api/party-building/organisation-form?fullMembers=&probationaryMembers=`: the public calculator of the branch
 * rules. Shapes only (one short text each): the domain checks the values and its 400 names the field
 * (`field: "fullMembers"` or `"probationaryMembers"`), as credit's and liaison's calculators do.
 */
export const organisationFormQuery = z.object({
  fullMembers: z.string().max(40).default(''),
  probationaryMembers: z.string().max(40).default(''),
});

export type OrganisationFormQuery = z.infer<typeof organisationFormQuery>;

export interface OrganisationFormAnswer {
  readonly required: boolean;
  readonly form: 'none' | 'branch' | 'branch-committee';
  readonly mayAlsoForm: readonly ('joint-branch' | 'general-branch' | 'primary-committee')[];
}
