import { describe, expect, it } from 'vitest';
import { organisationForm, organisationFormFor } from './organisation-form';

describe('the organisation form the member counts call for (《支部工作条例》)', () => {
  it.each([
    [0, 0, { required: false, form: 'none', mayAlsoForm: [] }],
    [0, 1, { required: false, form: 'none', mayAlsoForm: ['joint-branch'] }],
    [2, 5, { required: false, form: 'none', mayAlsoForm: ['joint-branch'] }],
    [3, 0, { required: true, form: 'branch', mayAlsoForm: [] }],
    [6, 9, { required: true, form: 'branch', mayAlsoForm: [] }],
    [7, 0, { required: true, form: 'branch-committee', mayAlsoForm: [] }],
    [50, 0, { required: true, form: 'branch-committee', mayAlsoForm: [] }],
    [50, 1, { required: true, form: 'branch-committee', mayAlsoForm: ['general-branch'] }],
    [99, 0, { required: true, form: 'branch-committee', mayAlsoForm: ['general-branch'] }],
    [
      90,
      10,
      { required: true, form: 'branch-committee', mayAlsoForm: ['general-branch', 'primary-committee'] },
    ],
    // Fifty-one probationary members and two full ones: no branch required, but every larger form is possible.
    [
      2,
      98,
      { required: false, form: 'none', mayAlsoForm: ['joint-branch', 'general-branch', 'primary-committee'] },
    ],
  ])('%i full and %i probationary members → %j', (fullMembers, probationaryMembers, expected) => {
    expect(organisationFormFor({ fullMembers, probationaryMembers })).toStrictEqual(expected);
  });

  it('takes counts as typed, and refuses what is not a whole number from 0, naming the field', () => {
    expect(organisationForm('07', ' 2 ')).toMatchObject({ ok: true, form: { form: 'branch-committee' } });
    for (const [full, probationary, field] of [
      ['-1', '0', 'fullMembers'],
      ['1.5', '0', 'fullMembers'],
      ['', '0', 'fullMembers'],
      ['3', 'abc', 'probationaryMembers'],
      ['3', '1e3', 'probationaryMembers'],
      ['3', '99999999', 'probationaryMembers'],
    ] as const) {
      const answer = organisationForm(full, probationary);
      expect(answer.ok, `${full}/${probationary}`).toBe(false);
      if (answer.ok) continue;
      expect(answer.error).toMatchObject({ kind: 'validation', code: 'invalid-member-count', field });
      expect(answer.error.message.zh).toContain('整数');
      expect(answer.error.message.en).toContain('whole number');
    }
  });
});
