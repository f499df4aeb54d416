import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findUserById } from '../../../platform/auth/auth.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { consentsWithNames } from '../consent/recipients.ts';
import { receiverView } from '../consent/receiver-view.ts';
import { eventsOf } from '../question/events.repository.ts';
import { placeNamesOf } from '../question/places.ts';
import { referralsOfQuestion } from '../referrals/referrals.repository.ts';
import type { CoordinatorSubject } from './coordinator.tsx';
import type { QuestionPageData } from './question.views.tsx';

/** Everything the coordinator's page (and the API) shows of one question; each referral with what its receiver may see now. */
export async function questionPageData(
  db: DbOrTx,
  page: CoordinatorSubject & { now: Date; t: Translate; notice?: string; newLink?: string },
): Promise<QuestionPageData> {
  const { question, now } = page;
  const consents = await consentsWithNames(db, question, page.t);
  const referrals = (await referralsOfQuestion(db, question.id)).map((r) => ({
    ...r,
    travel: receiverView(consents, question, r, now).travel,
  }));
  return {
    district: page.district,
    question,
    ...(await placeNamesOf(db, question)),
    recordedByName: question.recordedBy === null ? null : ((await findUserById(db, question.recordedBy))?.name ?? null),
    events: await eventsOf(db, question.id, { forResident: false }),
    referrals,
    consents,
    notice: page.notice,
    newLink: page.newLink ?? null,
    now,
  };
}
