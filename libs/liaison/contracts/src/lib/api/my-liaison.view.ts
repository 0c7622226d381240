/**
 * What an identified enterprise sees at a kiosk under "我的联系领导": the officials who liaise with it and the
 * problems raised at their visits, with the state and the answer of the request each became — the public record
 * of what was promised. Nothing personal: no phone of anyone, no conduct declaration, no participants.
 */
export interface MyLiaisonOfficialView {
  readonly name: string;
  readonly unit: { readonly zh: string; readonly en: string } | null;
  /** 办公电话或办公地点, as the official's profile gives it; null when none was recorded. */
  readonly officeChannel: string | null;
  /** The pairing's start date (YYYY-MM-DD). */
  readonly since: string;
}

export interface MyLiaisonProblemView {
  readonly problemId: string;
  readonly visitDate: string;
  /** on-site, phone, letter, e-mail, questionnaire, wechat. */
  readonly visitForm: string;
  readonly title: string;
  readonly description: string;
  /** `raised` until appeals takes it in; then the request's state (submitted … resolved, rated). */
  readonly state: string;
  /** The request's answer once one was given (kind, time, and its text where appeals publishes it). */
  readonly answer: {
    readonly kind: string;
    readonly at: string | null;
    readonly text: string | null;
  } | null;
}

export interface MyLiaisonView {
  readonly enterprise: { readonly creditCode: string; readonly name: string | null };
  readonly officials: readonly MyLiaisonOfficialView[];
  /** The problems of the latest visits that raised any, newest first (at most MY_LIAISON_VISITS visits). */
  readonly problems: readonly MyLiaisonProblemView[];
}

export const MY_LIAISON_VISITS = 10;
