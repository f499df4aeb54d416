import { PostgresAdapter, sql } from 'kysely';
import { newId } from '../clock.ts';
import type { Db, DbOrTx } from '../db/schema.ts';
import type { MailAttachment, MailMessage } from './mailer.ts';

/** A mail as it waits in the outbox. */
export interface OutboxMail extends MailMessage {
  id: string;
  messageId: string;
  attempts: number;
}

export interface QueuedMail extends MailMessage {
  /** For the administrators' list of mails that keep failing. */
  districtId?: string | null;
  /**
   * Sent by a job, not by a person acting (a reminder, a digest): marked
   * `Auto-Submitted: auto-generated` (RFC 3834), so that out-of-office replies and other
   * automatic answers stay away.
   */
  automatic?: boolean;
}

/** The headers a mail goes out with: its own, and those its kind brings. */
function headersOf(mail: QueuedMail): Record<string, string> | undefined {
  const headers = { ...(mail.automatic === true ? { 'Auto-Submitted': 'auto-generated' } : {}), ...mail.headers };
  return Object.keys(headers).length === 0 ? undefined : headers;
}

function rowOf(mail: QueuedMail, now: Date, host: string) {
  const id = newId();
  const headers = headersOf(mail);
  return {
    id,
    message_id: `<${id}@${host}>`,
    to_address: mail.to,
    subject: mail.subject,
    body: mail.text,
    html_body: mail.html ?? null,
    headers: headers === undefined ? null : JSON.stringify(headers),
    attachments:
      mail.attachments === undefined || mail.attachments.length === 0
        ? null
        : JSON.stringify(mail.attachments.map((a) => ({ ...a, content: Buffer.from(a.content).toString('base64') }))),
    district_id: mail.districtId ?? null,
    created_at: now.toISOString(),
    next_attempt_at: now.toISOString(),
  };
}

/**
 * Puts a mail in the outbox, in the caller's transaction: it goes out only if the change
 * that caused it is committed, and it is not lost when the process dies right after.
 */
export async function enqueueMail(trx: DbOrTx, mail: QueuedMail, now: Date, host: string): Promise<string> {
  const row = rowOf(mail, now, host);
  await trx.insertInto('mail_outbox').values(row).execute();
  return row.id;
}

/** Many mails at once (a digest run): a few statements instead of one per mail. */
export async function enqueueMails(trx: DbOrTx, mails: readonly QueuedMail[], now: Date, host: string): Promise<void> {
  for (let i = 0; i < mails.length; i += 100) {
    const rows = mails.slice(i, i + 100).map((mail) => rowOf(mail, now, host));
    if (rows.length > 0) await trx.insertInto('mail_outbox').values(rows).execute();
  }
}

interface StoredAttachment {
  filename: string;
  contentType: string;
  content: string;
}

function attachmentsOf(json: string | null): MailAttachment[] | undefined {
  if (json === null) return undefined;
  return (JSON.parse(json) as StoredAttachment[]).map((a) => ({ ...a, content: Buffer.from(a.content, 'base64') }));
}

/**
 * Takes up to `limit` due mails for this instance until `leaseUntil`. A mail held by an
 * instance that died is due again once its lease has run out. The conditions are repeated
 * in the outer update so that on PostgreSQL a row another instance took meanwhile is
 * skipped, not sent twice.
 */
export async function claimDueMails(db: Db, by: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxMail[]> {
  const at = now.toISOString();
  const due = db
    .selectFrom('mail_outbox')
    .select('id')
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .orderBy('next_attempt_at')
    .limit(limit);
  const rows = await db
    .updateTable('mail_outbox')
    .set({ leased_by: by, lease_until: leaseUntil.toISOString() })
    .where('id', 'in', isPostgres(db) ? due.forUpdate().skipLocked() : due)
    .where('sent_at', 'is', null)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .returning(['id', 'message_id', 'to_address', 'subject', 'body', 'html_body', 'headers', 'attachments', 'attempts'])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    messageId: r.message_id,
    to: r.to_address,
    subject: r.subject,
    text: r.body,
    ...(r.html_body === null ? {} : { html: r.html_body }),
    headers: r.headers === null ? undefined : (JSON.parse(r.headers) as Record<string, string>),
    attachments: attachmentsOf(r.attachments),
    attempts: r.attempts,
  }));
}

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function markSent(db: Db, id: string, by: string, now: Date): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ sent_at: now.toISOString(), leased_by: null, lease_until: null, last_error: null, attempts: sql<number>`attempts + 1` })
    .where('id', '=', id)
    .where('leased_by', '=', by)
    .execute();
}

/** A failed attempt: try again at `retryAt`, or give up (`retryAt` null) and show it to administrators. */
export async function markFailed(db: Db, id: string, by: string, error: string, now: Date, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      attempts: sql<number>`attempts + 1`,
      last_error: error.slice(0, 500),
      leased_by: null,
      lease_until: null,
      ...(retryAt === null ? { failed_at: now.toISOString() } : { next_attempt_at: retryAt.toISOString() }),
    })
    .where('id', '=', id)
    .where('leased_by', '=', by)
    .execute();
}

export interface FailingMail {
  id: string;
  districtId: string | null;
  to: string;
  subject: string;
  createdAt: string;
  attempts: number;
  lastError: string | null;
  failedAt: string | null;
  nextAttemptAt: string;
}

/** Mails that failed at least twice and are not sent, newest first; for administrators. */
export async function listFailingMails(db: DbOrTx, districtIds: readonly string[] | 'all', limit: number): Promise<FailingMail[]> {
  let query = db
    .selectFrom('mail_outbox')
    .select(['id', 'district_id', 'to_address', 'subject', 'created_at', 'attempts', 'last_error', 'failed_at', 'next_attempt_at'])
    .where('sent_at', 'is', null)
    .where('attempts', '>=', 2)
    .orderBy('created_at', 'desc')
    .limit(limit);
  if (districtIds !== 'all') {
    if (districtIds.length === 0) return [];
    query = query.where('district_id', 'in', districtIds);
  }
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    districtId: r.district_id,
    to: r.to_address,
    subject: r.subject,
    createdAt: r.created_at,
    attempts: r.attempts,
    lastError: r.last_error,
    failedAt: r.failed_at,
    nextAttemptAt: r.next_attempt_at,
  }));
}

/** An administrator's "send again": due now, with a fresh count of attempts. */
export async function resendMail(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ failed_at: null, attempts: 0, next_attempt_at: now.toISOString(), last_error: null })
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteSentMails(db: DbOrTx, before: Date): Promise<void> {
  await db.deleteFrom('mail_outbox').where('sent_at', '<', before.toISOString()).execute();
}
