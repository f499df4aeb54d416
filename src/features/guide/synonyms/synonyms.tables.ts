/** Everyday words per theme (see the migration `20261202_0150_guide_theme_synonyms`). */
interface ThemeSynonymTable {
  term_id: string;
  /** Normalised: lower case, no diacritics, one word. */
  word: string;
  position: number;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    guide_theme_synonyms: ThemeSynonymTable;
  }
}

export {};
