/** The portal's buurt networks (migration `20261201_1400_front_portal_networks`). */
interface BuurtNetworkTable {
  buurt_id: string;
  district_id: string;
  name: string | null;
  availability: string;
  updated_at: string;
  updated_by: string | null;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    portal_buurt_networks: BuurtNetworkTable;
  }
}

export {};
