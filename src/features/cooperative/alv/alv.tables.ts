/** The ALV's tables, added to the one database type (see platform/db/schema.ts). */

interface AlvSettingsTable {
  district_id: string;
  notice_days: number;
  max_proxies: number;
  /** Share of the members present or represented needed for a valid meeting; 0 = no quorum. */
  quorum_percent: number;
  updated_at: string;
}

interface AlvTable {
  id: string;
  district_id: string;
  title: string;
  /** UTC instant; shown in Europe/Amsterdam. */
  starts_at: string;
  place: string;
  /** The guide's meeting place; null for older meetings (only the words in place). */
  location_id: string | null;
  annual_report: string | null;
  accounts: string | null;
  audit_report: string | null;
  opened_at: string | null;
  minutes: string | null;
  minutes_drafted_at: string | null;
  minutes_adopted_on: string | null;
  convened_by: string | null;
  created_at: string;
}

interface AlvItemTable {
  id: string;
  alv_id: string;
  position: number;
  title: string;
  kind: string;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstained: number | null;
  adopted: number | null;
}

interface AlvProxyTable {
  alv_id: string;
  principal_id: string;
  holder_id: string;
  recorded_by: string | null;
  created_at: string;
}

interface AlvAttendanceTable {
  alv_id: string;
  member_id: string;
  arrived_at: string;
}

interface AlvVoteTable {
  item_id: string;
  member_id: string;
  choice: string;
  cast_by: string;
  created_at: string;
}

interface AlvDocumentTable {
  alv_id: string;
  kind: string;
  size: number;
  data_base64: string;
  uploaded_by: string | null;
  created_at: string;
}

declare module '../../../platform/db/schema.ts' {
  interface Tables {
    coop_alv_settings: AlvSettingsTable;
    coop_alvs: AlvTable;
    coop_alv_items: AlvItemTable;
    coop_alv_proxies: AlvProxyTable;
    coop_alv_attendance: AlvAttendanceTable;
    coop_alv_votes: AlvVoteTable;
    coop_alv_documents: AlvDocumentTable;
  }
}
