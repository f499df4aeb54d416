/** Questions and answers (migration `20261203_0100_portal_platforms_qa`). */
interface QaTable {
  id: string;
  municipality_id: string;
  /** null: for the whole city, shown in every Thuis in je Wijk district of it. */
  district_id: string | null;
  question: string;
  answer: string;
  /** Question and answer in lower case without accents, for the search box (`searchTextOf`). */
  search_text: string;
  position: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    portal_qa: QaTable;
  }
}

export {};
