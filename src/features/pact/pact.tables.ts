/** The pact's tables, added to the one database type (see platform/db/schema.ts). */

interface SettingsTable {
  district_id: string;
  pact_name: string;
  programme: string;
  updated_at: string;
}

interface PartnerTable {
  id: string;
  district_id: string;
  organization_id: string;
  /** '' when no document gives the date (partners.repository.ts `unknownDate`). */
  signed_on: string;
  /** Seed 000 annex III: the partner's role and added value. */
  role: string;
  contact_user_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  created_at: string;
  updated_at: string;
}

interface JoinRequestTable {
  id: string;
  district_id: string;
  organization_name: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  added_value: string;
  status: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string | null;
  partner_id: string | null;
}

interface CommitmentTable {
  partner_id: string;
  year: number;
  letter: string;
  status: string;
  note: string;
  updated_at: string;
  updated_by: string | null;
}

interface SteeringMemberTable {
  id: string;
  district_id: string;
  seat: string;
  name: string;
  organization_id: string | null;
  email: string | null;
  joined_on: string;
  left_on: string | null;
  created_at: string;
}

interface ChairTermTable {
  district_id: string;
  period: string;
  member_id: string;
}

interface MeetingTable {
  id: string;
  district_id: string;
  kind: string;
  theme: string | null;
  title: string;
  starts_at: string;
  ends_at: string;
  location_id: string;
  description: string;
  minutes: string;
  status: string;
  sequence: number;
  invited_at: string | null;
  created_at: string;
  updated_at: string;
}

interface MeetingOrganizerTable {
  meeting_id: string;
  partner_id: string;
}

interface MeetingItemTable {
  id: string;
  meeting_id: string;
  /** `agenda` (an item to discuss) or `decision`. */
  kind: string;
  text: string;
  created_at: string;
}

interface ActionItemTable {
  id: string;
  meeting_id: string;
  description: string;
  owner_partner_id: string | null;
  due_on: string;
  status: string;
  created_at: string;
  updated_at: string;
}

interface AttendanceTable {
  meeting_id: string;
  partner_id: string;
  people: number;
}

interface AgendaVersionTable {
  id: string;
  district_id: string;
  year: number;
  number: number;
  /** null: the working version; a date: adopted by the steering group, kept as it was. */
  adopted_on: string | null;
  adopted_by: string | null;
  created_at: string;
}

interface ProjectTable {
  id: string;
  version_id: string;
  /** The same project in every version of the year's agenda. */
  project_key: string;
  title: string;
  description: string;
  /** JSON array of challenge codes. */
  challenges: string;
  budget_cents: number | null;
  budget_source: string;
  status: string;
  position: number;
  updated_at: string;
}

interface ProjectOwnerTable {
  project_id: string;
  partner_id: string;
}

interface ProjectNoteTable {
  id: string;
  project_id: string;
  noted_on: string;
  text: string;
  author_name: string;
  created_at: string;
}

interface BottleneckTable {
  id: string;
  district_id: string;
  title: string;
  description: string;
  raised_by_user_id: string | null;
  raised_by_name: string;
  partner_id: string | null;
  status: string;
  raised_at: string;
  escalated_at: string | null;
  resolved_at: string | null;
  resolution: string | null;
  updated_at: string;
}

interface BottleneckEventTable {
  id: string;
  bottleneck_id: string;
  at: string;
  actor_name: string;
  action: string;
  note: string;
}

interface CoreTeamTable {
  id: string;
  district_id: string;
  name: string;
  organization_name: string;
  is_quartermaster: number;
  joined_on: string;
}

interface PlanActionTable {
  id: string;
  district_id: string;
  title: string;
  description: string;
  /** JSON array of goal numbers 1–5. */
  goals: string;
  owner: string;
  status: string;
  created_at: string;
}

interface WorkgroupTable {
  id: string;
  district_id: string;
  name: string;
  task: string;
  members: string;
}

interface LonglistTable {
  id: string;
  district_id: string;
  title: string;
  description: string;
  partners: string;
  goals: string;
  new_way: number;
  several_tracks: number;
  created_at: string;
}

interface IndicatorTable {
  id: string;
  district_id: string;
  name: string;
  definition: string;
  unit: string;
  better: string;
  source: string;
  /** Values are stored × 1000 as integers (ADR 0002: no floats). */
  target_milli: number | null;
  target_year: number | null;
  position: number;
  created_at: string;
  updated_at: string;
}

interface IndicatorValueTable {
  indicator_id: string;
  year: number;
  value_milli: number;
  source: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    pact_settings: SettingsTable;
    pact_partners: PartnerTable;
    pact_join_requests: JoinRequestTable;
    pact_commitments: CommitmentTable;
    pact_steering_members: SteeringMemberTable;
    pact_chair_terms: ChairTermTable;
    pact_meetings: MeetingTable;
    pact_meeting_organizers: MeetingOrganizerTable;
    pact_meeting_items: MeetingItemTable;
    pact_action_items: ActionItemTable;
    pact_attendance: AttendanceTable;
    pact_agenda_versions: AgendaVersionTable;
    pact_projects: ProjectTable;
    pact_project_owners: ProjectOwnerTable;
    pact_project_notes: ProjectNoteTable;
    pact_bottlenecks: BottleneckTable;
    pact_bottleneck_events: BottleneckEventTable;
    pact_core_team: CoreTeamTable;
    pact_plan_actions: PlanActionTable;
    pact_workgroups: WorkgroupTable;
    pact_longlist: LonglistTable;
    pact_indicators: IndicatorTable;
    pact_indicator_values: IndicatorValueTable;
  }
}
