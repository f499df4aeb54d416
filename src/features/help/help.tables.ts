/** The neighbour-help tables, added to the one database type (see platform/db/schema.ts). */
export {};

/** The house rules of one cooperative; one row per district that runs neighbour help. */
interface HelpRulesTable {
  district_id: string;
  cooperative_name: string;
  scheme_name: string;
  odd_job_fee_cents: number;
  max_service_minutes: number;
  one_at_a_time: number;
  feedback_days: number;
  reminder_days: number;
  network_check_required: number;
  vog_required_home_visits: number;
  many_jobs_count: number;
  many_jobs_days: number;
  students_for_long_running: number;
  student_desk: string;
  /** The configured list of social entrepreneurs, one per line, next to those in the guide. */
  social_entrepreneurs: string;
  contact_email: string;
  updated_at: string;
  updated_by: string | null;
}

/** Two buurten that border each other; stored in both directions. */
interface HelpBuurtNeighbourTable {
  buurt_id: string;
  neighbour_id: string;
}

interface HelpRequestTable {
  id: string;
  district_id: string;
  buurt_id: string;
  kind: string;
  talent: string | null;
  what: string;
  frequency: string;
  estimated_minutes: number | null;
  /** Bit mask of weekly day parts (see time.rules.ts); 0 is "any time". */
  wished_slots: number;
  wished_time: string | null;
  meeting_place_id: string | null;
  requester_name: string;
  phone: string | null;
  email: string | null;
  street: string | null;
  /** The requester's phone, else e-mail, else address: who "this requester" is across requests. */
  requester_key: string;
  source: string;
  question_id: string | null;
  created_by: string | null;
  created_at: string;
  status: string;
  status_at: string;
  feedback_due_at: string;
  heard_back_at: string | null;
  reminder_sent_at: string | null;
  network_answer: string | null;
  network_note: string | null;
  network_checked_at: string | null;
  volunteer_id: string | null;
  open_proposal_id: string | null;
  fee_rate_cents: number;
  minutes_done: number | null;
  fee_cents: number | null;
  fee_paid: number;
  outcome_reason: string | null;
  outcome_note: string | null;
  status_token_hash: string | null;
  status_token_expires_at: string | null;
}

/** A further status link to a request, one per mail (migration `20261202_0151_help_status_links`). */
interface HelpStatusLinkTable {
  token_hash: string;
  request_id: string;
  created_at: string;
  expires_at: string;
}

/** One step of a request's timeline. */
interface HelpRequestEventTable {
  id: string;
  request_id: string;
  district_id: string;
  /** 1, 2, 3, … per request: the order of steps taken within the same second. */
  position: number;
  at: string;
  step: string;
  actor_user_id: string | null;
  note: string | null;
}

/** Holds "one service at a time": one row per requester key while a request of theirs is open. */
interface HelpRequesterLockTable {
  district_id: string;
  requester_key: string;
  request_id: string;
}

interface HelpVolunteerTable {
  id: string;
  district_id: string;
  user_id: string;
  buurt_id: string;
  /** Never shown to others; only used to find "same street". */
  street: string;
  /** Bit mask of the shared list of talents (see `talentMask`). */
  talents: number;
  talent_note: string;
  availability: number;
  reach: string;
  active: number;
  vog_on_file: number;
  vog_checked_at: string | null;
  /** The date on the VOG (YYYY-MM-DD); null when none is on file. */
  vog_date: string | null;
  created_at: string;
  updated_at: string;
}

/** A coordinator's proposal to one volunteer, answered through a one-time e-mailed link. */
interface HelpProposalTable {
  id: string;
  request_id: string;
  volunteer_id: string;
  token_hash: string;
  proposed_by: string | null;
  proposed_at: string;
  expires_at: string;
  answer: string | null;
  answered_at: string | null;
  note: string | null;
}

/** A version of the house rules as the board adopted it (the rules as JSON), in force from a day. */
interface HelpRulesVersionTable {
  id: string;
  district_id: string;
  in_force_from: string;
  rules: string;
  /** The cooperative's decision; null for the rules that applied before the board kept versions. */
  decision_id: string | null;
  decision_text: string;
  adopted_at: string;
  adopted_by: string | null;
}

interface HelpVogKindsTable {
  district_id: string;
  /** Talents that ask a VOG, comma-separated. */
  talents: string;
  updated_by: string | null;
  updated_at: string;
}

/** How long a VOG counts in the district, as the board or a coordinator set it. */
interface HelpVogValidityTable {
  district_id: string;
  /** Months from the VOG's date; null: no end. */
  months: number | null;
  updated_by: string | null;
  updated_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    help_rules: HelpRulesTable;
    help_rules_versions: HelpRulesVersionTable;
    help_buurt_neighbours: HelpBuurtNeighbourTable;
    help_status_links: HelpStatusLinkTable;
    help_requests: HelpRequestTable;
    help_request_events: HelpRequestEventTable;
    help_requester_locks: HelpRequesterLockTable;
    help_volunteers: HelpVolunteerTable;
    help_proposals: HelpProposalTable;
    help_vog_kinds: HelpVogKindsTable;
    help_vog_validity: HelpVogValidityTable;
  }
}
