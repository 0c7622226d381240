import type { Bilingual } from '../../i18n/LocaleContext';

/** What the liaison API answers (libs/liaison/service: pairings, compliance, visits). */
export interface PairingView {
  readonly pairingId: string;
  readonly officialId: string;
  readonly officialUnitId: string;
  readonly enterprise: { readonly creditCode: string; readonly name: string };
  readonly category: string;
  readonly startDate: string;
  readonly endDate: string | null;
}

export interface PairingCompliance {
  readonly pairing: PairingView;
  readonly officialName: string | null;
  readonly due: number;
  readonly done: number;
  readonly expectedByNow: number;
  readonly remaining: number;
  readonly status: 'met' | 'on-pace' | 'behind' | 'not-due';
}

export interface ComplianceAnswer {
  readonly year: number;
  readonly today: string;
  readonly settings: { readonly visitsPerYear: number; readonly minPairingsPerOfficial: number };
  readonly pairings: readonly PairingCompliance[];
  readonly belowMinimum: readonly {
    readonly officialId: string;
    readonly name: string;
    readonly active: number;
  }[];
  readonly totals: {
    readonly due: number;
    readonly done: number;
    readonly behind: number;
    readonly met: number;
  };
}

export interface VisitSummary {
  readonly visitId: string;
  readonly date: string;
  readonly form: string;
  readonly problemCount: number;
  readonly breaches: readonly string[];
}

export interface VisitView {
  readonly visitId: string;
  readonly date: string;
  readonly form: string;
  readonly problems: readonly {
    readonly problemId: string;
    readonly title: string;
    readonly state: string;
    readonly answer: {
      readonly kind: string;
      readonly at: string | null;
      /** The words of the answer (null for answers given before appeals published them). */
      readonly text: string | null;
    } | null;
  }[];
}

export const CATEGORY_NAMES: Record<string, Bilingual> = {
  'key-backbone': { zh: '重点骨干', en: 'Key backbone' },
  'four-new': { zh: '“四新”', en: '"Four new"' },
  'high-growth': { zh: '高成长', en: 'High growth' },
  'temporarily-struggling': { zh: '暂时困难', en: 'Temporarily struggling' },
};

export { VISIT_FORM_NAMES as FORM_NAMES, PROBLEM_STATE_NAMES } from '@qinqing/liaison/contracts';

export const PACE_NAMES: Record<PairingCompliance['status'], Bilingual> = {
  met: { zh: '已完成', en: 'Met' },
  'on-pace': { zh: '进度正常', en: 'On pace' },
  behind: { zh: '进度落后', en: 'Behind' },
  'not-due': { zh: '本年无任务', en: 'Not due' },
};
