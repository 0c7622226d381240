import type { ApiError } from '../../api/apiClient';

/**
 * The refusal no field of the form shows (a record that exists, nothing to correct, a 403): the form says it
 * once above its buttons; a refusal that names one of its fields is shown next to that field only.
 */
export const unclaimedFailure = (failure: ApiError | null, shown: readonly string[]): ApiError | null => {
  if (failure === null) return null;
  const named = [
    ...(failure.problem.fields?.map((problem) => problem.field) ?? []),
    ...(failure.problem.field === undefined ? [] : [failure.problem.field]),
  ];
  const claimed = named.some((field) => shown.some((s) => field === s || field.startsWith(`${s}.`)));
  return claimed ? null : failure;
};
