/** A message shown to people in both languages of the platform. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}
