import { listAudit } from '../../../platform/audit/audit.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';

/** One look at the resident's data: when, by whom, as what. */
export interface Inzage {
  at: string;
  who: string;
  as: string;
}

/** Audit actions that count as someone looking at or taking the resident's data. */
const looked = new Set(['questions.personal_data.read', 'questions.personal_data.mailed', 'questions.person_exported']);

interface Details {
  role?: unknown;
  organization?: unknown;
  contact?: unknown;
}

function detailsOf(text: string | null): Details {
  try {
    return JSON.parse(text ?? '{}') as Details;
  } catch {
    return {};
  }
}

function asWhat(t: Translate, action: string, details: Details): string {
  const as =
    typeof details.organization === 'string'
      ? details.organization
      : typeof details.role === 'string'
        ? t(`questions.inzage.role.${details.role}`)
        : '';
  return action === 'questions.personal_data.mailed' ? t('questions.inzage.byMail', { as }) : as;
}

/** Inzage: who looked at the resident's data and when, straight from the audit log. */
export async function inzageOf(db: DbOrTx, questionId: string, t: Translate): Promise<Inzage[]> {
  const rows = await listAudit(db, { subjectType: 'question', subjectId: questionId, limit: 200 });
  return rows
    .filter((r) => looked.has(r.action))
    .map((r) => {
      const details = detailsOf(r.details);
      const who = r.actorName ?? (typeof details.contact === 'string' ? details.contact : t('questions.someone'));
      return { at: r.at, who, as: asWhat(t, r.action, details) };
    });
}
