import type { FollowUpView, ReportReceipt } from '@qinqing/service-centre/contracts';
import { ApiError, ApiUnreachable, call } from '../../api/kioskApi';

const BASE = '/api/service-centre/misconduct-reports';

/**
 * Anonymous filing and every follow-up are sent **without credentials**: the walk-in's cookies never travel
 * with them, so nothing ties the report to this kiosk session (the server ignores them on these routes anyway).
 */
const untraced = async <T>(path: string, body: unknown): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiUnreachable(`POST ${path} did not reach the API`);
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as {
      message?: { zh: string; en: string };
    } | null;
    throw new ApiError(response.status, error?.message ?? null, []);
  }
  return (await response.json()) as T;
};

export interface ReportDraft {
  readonly category: 'collusion' | 'inaction' | 'extortion' | 'negative-list' | 'other';
  readonly accused: { readonly name: string; readonly unitId: string; readonly headsUnit: boolean };
  readonly description: string;
  readonly passphrase: string;
}

export interface UnitOption {
  readonly unitId: string;
  readonly kind: string;
  readonly name: { readonly zh: string; readonly en: string };
}

export const reportApi = {
  units: () => call<UnitOption[]>('GET', '/organisation-units'),
  fileAnonymous: (draft: ReportDraft) => untraced<ReportReceipt>('/anonymous', draft),
  /** By name: the identified walk-in's session is the point, so this one goes with credentials. */
  fileByName: (draft: ReportDraft, reporterName: string) =>
    call<ReportReceipt>('POST', '/service-centre/misconduct-reports/real-name', { ...draft, reporterName }),
  followUp: (receiptCode: string, passphrase: string) =>
    untraced<FollowUpView>('/follow-up', { receiptCode, passphrase }),
  addInformation: (receiptCode: string, passphrase: string, text: string) =>
    untraced<{ accepted: true }>('/follow-up/information', { receiptCode, passphrase, text }),
};
