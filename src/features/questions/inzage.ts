import { listAudit } from '../../platform/audit/audit.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { Translate } from '../../platform/i18n/i18n.ts';
import type { Inzage } from './status.views.tsx';

/** Audit actions that count as someone looking at or taking the resident's data. */
const looked = new Set(['questions.personal_data.read', 'questions.person_exported']);

function asWhat(t: Translate, details: string | null): string {
  try {
    const parsed = JSON.parse(details ?? '{}') as { role?: unknown; organization?: unknown };
    if (typeof parsed.organization === 'string') return parsed.organization;
    return typeof parsed.role === 'string' ? t(`questions.inzage.role.${parsed.role}`) : '';
  } catch {
    return '';
  }
}

/** Inzage: who looked at the resident's data and when, straight from the audit log. */
export async function inzageOf(db: DbOrTx, questionId: string, t: Translate): Promise<Inzage[]> {
  const rows = await listAudit(db, { subjectType: 'question', subjectId: questionId, limit: 200 });
  return rows
    .filter((r) => looked.has(r.action))
    .map((r) => ({ at: r.at, who: r.actorName ?? t('questions.someone'), as: asWhat(t, r.details) }));
}
