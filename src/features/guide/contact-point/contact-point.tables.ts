/** The district's contact point (see the migration `20261201_1030_front_contact_point`). */
interface ContactPointTable {
  district_id: string;
  location_id: string;
  updated_at: string;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    guide_contact_points: ContactPointTable;
  }
}

export {};
