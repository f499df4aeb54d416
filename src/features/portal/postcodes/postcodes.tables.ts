/** The postcode tables (migration `20261202_0130_portal_postcodes`). */
interface BuurtCodeTable {
  code: string;
  buurt_id: string;
  district_id: string;
}

interface PostcodeTable {
  id: string;
  district_id: string;
  buurt_id: string;
  /** Six characters without a space: `3581AB`. */
  postcode: string;
  number_from: number | null;
  number_to: number | null;
  street: string;
  /** The street as compared (`streetKey`). */
  street_key: string;
  buurt_code: string;
  /** The line of the imported file, so the order of the file is kept. */
  line: number;
}

interface PostcodeSourceTable {
  district_id: string;
  /** 1: the demo's made-up table, which the page says is an example. */
  demo: number;
  lines: number;
  imported_at: string;
  imported_by: string | null;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    portal_buurt_codes: BuurtCodeTable;
    portal_postcodes: PostcodeTable;
    portal_postcode_tables: PostcodeSourceTable;
  }
}

export {};
