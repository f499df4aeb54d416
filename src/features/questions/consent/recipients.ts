import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { organizationNames } from '../../guide/index.ts';
import type { Question } from '../question/question.repository.ts';
import { consentsOf, type Consent } from './consents.repository.ts';

/** The recipients in words, in the reader's language: "Buurtteam Oost en buurthulp". */
export function recipientNames(names: readonly string[], neighbourHelp: boolean, t: (key: string) => string): string {
  const all = [...names, ...(neighbourHelp ? [t('questions.consent.neighbourHelp')] : [])];
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} ${t('questions.and')} ${all.at(-1) ?? ''}`;
}

export interface NamedConsent extends Consent {
  recipients: string;
  recordedByName: string | null;
}

/** The question's consents as pages show them: who they are for, and who wrote them down. */
export async function consentsWithNames(db: DbOrTx, question: Question, t: Translate): Promise<NamedConsent[]> {
  const consents = await consentsOf(db, question.id);
  const names = await organizationNames(
    db,
    consents.flatMap((c) => c.organizationIds),
  );
  return Promise.all(
    consents.map(async (c) => ({
      ...c,
      recipients: recipientNames(
        c.organizationIds.map((id) => names.get(id) ?? ''),
        c.neighbourHelp,
        t,
      ),
      recordedByName: c.recordedBy === null ? null : ((await findUserById(db, c.recordedBy))?.name ?? null),
    })),
  );
}
