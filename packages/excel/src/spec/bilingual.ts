/** A text in Chinese and English: every label, header and message of the workbooks has both. */
export interface Bilingual {
  zh: string;
  en: string;
}
