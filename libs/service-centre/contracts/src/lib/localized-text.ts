/** A text shown in Chinese and English. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}
