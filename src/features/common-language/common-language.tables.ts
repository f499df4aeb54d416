/** A conversation with a resident, recorded along the core questions of seed 000 annex II. */
interface ConversationTable {
  id: string;
  district_id: string;
  buurt_id: string | null;
  /** question_intake, help_intake or buurt_visit. */
  kind: string;
  resident_name: string | null;
  know: string | null;
  achieve: string | null;
  need: string | null;
  self_can: string | null;
  contribute: string | null;
  talent: string | null;
  /** The invitation to the volunteer pool the resident agreed to, if any. */
  pool_invitation_id: string | null;
  /** What the conversation was recorded with: `help_request` or `question`; null for one on its own page. */
  subject_type: string | null;
  subject_id: string | null;
  recorded_by: string;
  created_at: string;
  /** A buurt visit's own details (null for other kinds): the day, in Amsterdam, YYYY-MM-DD. */
  visited_on: string | null;
  /** home, walk_in or elsewhere. */
  place: string | null;
  /** The guide's walk-in point, when the visit was at one. */
  walk_in_location_id: string | null;
  /** The resident's contact, only stored with their consent. */
  resident_email: string | null;
  resident_phone: string | null;
  agreed: string | null;
  next_step: string | null;
  next_step_on: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    conversations: ConversationTable;
  }
}
