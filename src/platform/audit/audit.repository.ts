import { newId } from '../clock.ts';
import type { DbOrTx } from '../db/schema.ts';

export interface AuditEntry {
  at: string;
  actorUserId: string | null;
  /** Dotted verb such as `auth.sign_in`, `roles.assigned` or `personal_data.read`. */
  action: string;
  subjectType?: string;
  subjectId?: string;
  districtId?: string | null;
  details?: Record<string, unknown>;
  requestId?: string;
}

/** Written in the caller's transaction, so an audited action and its record stand or fall together. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: entry.at,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      district_id: entry.districtId ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
      request_id: entry.requestId ?? null,
    })
    .execute();
}

export interface AuditRow {
  at: string;
  action: string;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  details: string | null;
}

export async function listAudit(
  db: DbOrTx,
  filter: { districtId?: string; subjectType?: string; subjectId?: string; limit: number },
): Promise<AuditRow[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.at',
      'audit_log.action',
      'users.name as actorName',
      'audit_log.subject_type',
      'audit_log.subject_id',
      'audit_log.details',
    ])
    .orderBy('audit_log.at', 'desc')
    .limit(filter.limit);
  if (filter.districtId !== undefined) query = query.where('audit_log.district_id', '=', filter.districtId);
  if (filter.subjectType !== undefined) query = query.where('audit_log.subject_type', '=', filter.subjectType);
  if (filter.subjectId !== undefined) query = query.where('audit_log.subject_id', '=', filter.subjectId);
  const rows = await query.execute();
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    actorName: r.actorName,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    details: r.details,
  }));
}
