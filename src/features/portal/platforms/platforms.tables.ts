/** The platforms and apps the steering group chose (migration `20261203_0100_portal_platforms_qa`). */
interface PlatformTable {
  id: string;
  district_id: string;
  name: string;
  /** What it is for. */
  purpose: string;
  /** For whom. */
  audience: string;
  /** https only; null when no address is known. */
  link: string | null;
  /** The date the steering group chose it, YYYY-MM-DD; null: not known. */
  chosen_on: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    portal_platforms: PlatformTable;
  }
}

export {};
