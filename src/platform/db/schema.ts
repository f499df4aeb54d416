/**
 * The typed shape of the database. Platform tables are declared here; every feature adds
 * its own tables to `Tables` by module augmentation in its `*.tables.ts`, so one Kysely
 * type covers the whole history while each feature keeps its tables beside its code.
 *
 * Portable storage conventions (ADR 0002): ids are text UUIDs, instants are ISO-8601 UTC
 * text, dates are YYYY-MM-DD text, booleans are 0/1 integers, money is integer cents.
 */
import type { Generated, Kysely, Transaction } from 'kysely';

interface MunicipalityTable {
  id: string;
  slug: string;
  name: string;
}
interface DistrictTable {
  id: string;
  municipality_id: string;
  slug: string;
  name: string;
  position: number;
}
interface BuurtTable {
  id: string;
  district_id: string;
  slug: string;
  name: string;
  position: number;
}

interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
  /** Ervaringsdeskundige: may assess places for the guide (added by the guide's migration). */
  is_expert_by_experience: Generated<number>;
}

interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: string;
  district_id: string | null;
  buurt_id: string | null;
  organization_id: string | null;
  /** The service a coordinating volunteer coordinates (a kind of neighbour help). */
  service: string | null;
  /** role + district + buurt + organisation (+ service) in one text, so uniqueness works on both engines despite NULLs. */
  scope_key: string;
  created_at: string;
  created_by: string | null;
}

interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

interface InvitationTable {
  id: string;
  token_hash: string;
  email: string;
  name: string;
  role: string;
  district_id: string;
  buurt_id: string | null;
  /** For a partner contact: the organisation they speak for (added by the guide's migration). */
  organization_id: Generated<string | null>;
  /** For a coordinating volunteer: the service (kind of neighbour help) they will coordinate. */
  service: Generated<string | null>;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  district_id: string | null;
  details: string | null;
  request_id: string | null;
}

interface RateLimitTable {
  key: string;
  window_start: string;
  hits: number;
}
interface JobRunTable {
  job_name: string;
  slot: string;
  instance_id: string;
  started_at: string;
  finished_at: string | null;
  error: string | null;
  /** Until when the instance that runs it holds it; a run whose lease ran out is taken over. */
  lease_until: string | null;
  attempts: Generated<number>;
}
/** One-time keys of submitted forms (and API Idempotency-Keys) with what the action answered. */
interface SubmissionTable {
  key: string;
  created_at: string;
  /** The action's value as JSON, so a retry gets the same answer. */
  value: string | null;
}
/** A counter per kind of cached data; a change bumps it, every instance then reloads. */
interface DataVersionTable {
  name: string;
  version: number;
}
interface MailOutboxTable {
  id: string;
  /** Stable across retries, so a mail sent twice is one mail to the recipient's client. */
  message_id: string;
  to_address: string;
  subject: string;
  body: string;
  /** The same mail in HTML, beside the plain text; null for plain text only. */
  html_body: Generated<string | null>;
  /** JSON object of extra headers (List-Unsubscribe, Auto-Submitted, …). */
  headers: string | null;
  /** JSON list of { filename, contentType, content (base64) }. */
  attachments: string | null;
  district_id: string | null;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  leased_by: string | null;
  lease_until: string | null;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

/** "No more of these": a recurring kind of mail (`list`) one address (as a hash) opted out of. */
interface MailOptOutTable {
  list: string;
  address_key: string;
  created_at: string;
}

/** @public Features add their tables here by module augmentation. */
export interface Tables {
  municipalities: MunicipalityTable;
  districts: DistrictTable;
  buurten: BuurtTable;
  users: UserTable;
  role_assignments: RoleAssignmentTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitTable;
  job_runs: JobRunTable;
  mail_outbox: MailOutboxTable;
  mail_opt_outs: MailOptOutTable;
  submissions: SubmissionTable;
  data_versions: DataVersionTable;
}

export type Db = Kysely<Tables>;
/** Repositories take either; the route decides whether a transaction is needed. */
export type DbOrTx = Kysely<Tables> | Transaction<Tables>;
