/** The tables of questions, referrals and consents, added to the one database type (see platform/db/schema.ts). */

interface QuestionTable {
  id: string;
  district_id: string;
  buurt_id: string | null;
  /** Short code to mention on the phone or at a walk-in point, e.g. `V-4K7M`; not a secret. */
  reference: string;
  /** The question in the resident's own words; '' once anonymised. */
  text: string;
  requester_name: string | null;
  contact_by: string;
  phone: string | null;
  /** The last nine digits of the phone number, so 06… and +31 6… find the same person. */
  phone_key: string | null;
  email: string | null;
  /** Street and number, for a home visit. */
  street: string | null;
  walk_in_location_id: string | null;
  urgency: string;
  channel: string;
  /** Who wrote the question down for the resident (walk-in, phone); null when they asked themselves. */
  recorded_by: string | null;
  /** Language of the resident's mails: the one they asked in. */
  lang: string;
  status: string;
  outcome: string | null;
  /** 1 while a message of the resident waits for someone to read it. */
  awaiting_staff: number;
  created_at: string;
  updated_at: string;
  first_response_at: string | null;
  closed_at: string | null;
  anonymised_at: string | null;
}

/** Status links: only the SHA-256 of each token (ADR 0004); every mail to the resident carries a fresh one. */
interface QuestionLinkTable {
  token_hash: string;
  question_id: string;
  created_at: string;
  revoked_at: string | null;
}

interface QuestionEventTable {
  id: string;
  question_id: string;
  at: string;
  kind: string;
  /** null for the resident (or the system). */
  actor_user_id: string | null;
  /** Free text of the event (answer, message, reason); null once anonymised. */
  body: string | null;
  /** JSON: ids the event refers to (referral, guide entries, help request). */
  data: string | null;
  /** 1 when the resident sees it on the status page. */
  for_resident: number;
}

interface ReferralTable {
  id: string;
  question_id: string;
  district_id: string;
  contact_id: string;
  organization_id: string;
  /** Kept so the timeline still reads well if the guide changes the entry. */
  contact_name: string;
  organization_name: string;
  referred_by: string;
  /** Anonymous summary written by the referrer: what always travels. */
  summary: string;
  formal_care: number;
  status: string;
  created_at: string;
  due_at: string;
  responded_at: string | null;
  decline_reason: string | null;
  closed_at: string | null;
  outcome: string | null;
  reminder_count: number;
  last_reminded_at: string | null;
  previous_referral_id: string | null;
}

interface ConsentTable {
  id: string;
  question_id: string;
  /** JSON array of organisation ids of the district. */
  organization_ids: string;
  /** 1 when the resident's details may go to neighbour help (coordinators and the matched volunteer). */
  neighbour_help: number;
  /** JSON array of data items, see consent/consent.rules.ts. */
  items: string;
  purpose: string;
  how: string;
  status: string;
  /** Last day (Europe/Amsterdam) on which the consent holds, YYYY-MM-DD. */
  valid_until: string;
  recorded_by: string | null;
  created_at: string;
  given_at: string | null;
  answered_at: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    questions: QuestionTable;
    question_links: QuestionLinkTable;
    question_events: QuestionEventTable;
    referrals: ReferralTable;
    consents: ConsentTable;
  }
}
