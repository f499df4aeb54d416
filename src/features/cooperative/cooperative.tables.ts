/** The cooperative's tables, added to the one database type (see platform/db/schema.ts). */

interface CooperativeTable {
  district_id: string;
  name: string;
  created_at: string;
}

interface ApplicationTable {
  id: string;
  district_id: string;
  kind: string;
  name: string;
  organization_name: string | null;
  email: string;
  phone: string | null;
  buurt_id: string | null;
  motivation: string;
  status: string;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
}

interface MemberTable {
  id: string;
  district_id: string;
  kind: string;
  name: string;
  organization_name: string | null;
  /** Null for a member without e-mail, who gets the convocation on paper. */
  email: string | null;
  phone: string | null;
  buurt_id: string | null;
  application_id: string | null;
  joined_on: string;
  ended_on: string | null;
  end_reason: string | null;
  created_at: string;
}

interface BoardSeatTable {
  id: string;
  district_id: string;
  member_id: string;
  /** general (AB), daily (DB) or audit (the kascommissie). */
  body: string;
  /** chair, secretary, treasurer or member. */
  function: string;
  term_start: string;
  term_end: string;
  ended_on: string | null;
  created_at: string;
}

interface DecisionTable {
  id: string;
  district_id: string;
  body: string;
  decided_on: string;
  /** house_rules, or other for every other decision. */
  subject: string;
  text: string;
  votes_for: number;
  votes_against: number;
  votes_abstained: number;
  adopted: number;
  recorded_by: string | null;
  created_at: string;
}

interface VolunteerIntakeTable {
  id: string;
  district_id: string;
  user_id: string;
  /** The talents signed up with, comma separated (the profile in neighbour help has them too). */
  talents: string;
  /** waiting (for the intake) or active. */
  status: string;
  /** When the liability notice and the house rules were accepted. */
  accepted_at: string;
  intake_note: string | null;
  intake_at: string | null;
  intake_by: string | null;
  /** The date on the certificate of conduct the coordinator saw. */
  vog_date: string | null;
  activated_at: string | null;
  created_at: string;
}

interface ProposalTable {
  id: string;
  district_id: string;
  buurt_id: string | null;
  title: string;
  what: string;
  for_whom: string;
  needs_people: number;
  needs_money_cents: number | null;
  needs_place: number;
  needs_note: string | null;
  /** resident or partner. */
  proposer_kind: string;
  proposer_name: string;
  proposer_email: string;
  submitted_by: string | null;
  /** pending, approved or declined. */
  status: string;
  decided_at: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  /** The board's decision that approved or declined it. */
  decision_id: string | null;
  /** The call for people ("wij zoeken"): a talent of the shared list, and what the project asks. */
  call_talent: string | null;
  call_text: string | null;
  created_at: string;
}

/** A person from a pool whom a coordinator matched to a project's call. */
interface CallMatchTable {
  id: string;
  proposal_id: string;
  user_id: string;
  matched_by: string | null;
  matched_at: string;
}

/** Pool 2 (seed 004): informal carers, experts by experience and freelancers, with their talents. */
interface PoolPersonTable {
  id: string;
  district_id: string;
  user_id: string;
  /** informal_carer, experience_expert or freelancer. */
  kind: string;
  buurt_id: string;
  /** Talents of the shared list, comma separated. */
  talents: string;
  skills: string;
  availability: string;
  /** active, paused or left. */
  status: string;
  created_at: string;
  updated_at: string;
}

/** A student of the Wijkleerhuis / buurtcampus pool, for a period. */
interface StudentTable {
  id: string;
  district_id: string;
  name: string;
  email: string;
  programme: string;
  institution: string;
  period_start: string;
  period_end: string;
  hours_per_week: number;
  created_at: string;
}

/** What the student coordinator did with a long-running need referred by neighbour help. */
interface StudentReferralTable {
  id: string;
  district_id: string;
  request_id: string;
  /** matched or handed_back. */
  status: string;
  student_id: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    coop_cooperatives: CooperativeTable;
    coop_applications: ApplicationTable;
    coop_members: MemberTable;
    coop_board_seats: BoardSeatTable;
    coop_decisions: DecisionTable;
    coop_volunteer_intakes: VolunteerIntakeTable;
    coop_proposals: ProposalTable;
    coop_call_matches: CallMatchTable;
    coop_pool_people: PoolPersonTable;
    coop_students: StudentTable;
    coop_student_referrals: StudentReferralTable;
  }
}
