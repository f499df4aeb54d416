/** The activiteitenagenda's tables, added to the one database type (see platform/db/schema.ts). */
import type { Generated } from 'kysely';

interface ActivityTable {
  id: string;
  district_id: string;
  buurt_id: string | null;
  title: string;
  /** What it is. */
  description: string;
  /** For whom. */
  audience: Generated<string>;
  theme: string;
  /** A place from the guide. */
  location_id: string;
  /** The first start on Amsterdam's wall clock, `2026-12-01T19:30`. */
  starts_local: string;
  duration_minutes: number;
  /** RFC 5545 RRULE value without the `RRULE:` name; empty when it happens once. */
  rrule: Generated<string>;
  /** Dates (Amsterdam) on which a recurring activity does not happen, comma-separated. */
  exdates: Generated<string>;
  cost_cents: Generated<number>;
  organizer_name: string;
  organizer_user_id: string | null;
  contact_name: string;
  contact_phone: string | null;
  contact_email: string | null;
  /** Places per occurrence; null is no limit. */
  capacity: number | null;
  /** 1 when people register (without an account). */
  registration: Generated<number>;
  /** pending (a first-time organiser waits for a coordinator), published, cancelled. */
  status: string;
  /** Why it does not go on, shown to residents; null unless cancelled. */
  cancel_reason: string | null;
  sequence: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** One date of a recurring activity that does not go on, with the reason residents see. */
interface CancelledDateTable {
  activity_id: string;
  starts_at: string;
  reason: string;
  cancelled_by: string | null;
  created_at: string;
}

/** Each time an activity happens, as UTC instants, so the agenda filters by day and week in SQL. */
interface OccurrenceTable {
  activity_id: string;
  district_id: string;
  starts_at: string;
  ends_at: string;
}

interface RegistrationTable {
  id: string;
  activity_id: string;
  /** The occurrence registered for. */
  starts_at: string;
  name: string;
  email: string;
  phone: string | null;
  wants_buddy: Generated<number>;
  /** confirmed, waiting, cancelled. */
  status: string;
  cancel_token_hash: string;
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Tables {
    activities: ActivityTable;
    activity_occurrences: OccurrenceTable;
    activity_registrations: RegistrationTable;
    activity_cancelled_dates: CancelledDateTable;
  }
}
