import { linkFor, queueMail, type ActionContext } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import type { MessageParams } from '../../../platform/i18n/i18n.ts';
import { translatorFor } from '../questions.i18n.ts';
import type { Question } from './question.repository.ts';
import { newStatusLink, statusPath } from './status-link.ts';

/** A sentence of news for the resident: a catalog key and its parameters. */
export interface News {
  key: string;
  params?: MessageParams;
}

/**
 * Mails the resident (when they gave an address) what happened, in their language, with a
 * status link: the one given, or a fresh one. Queued in the action's transaction.
 */
export async function mailResident(trx: DbOrTx, ctx: ActionContext, question: Question, news: News, token?: string): Promise<void> {
  if (question.email === null) return;
  const link = token ?? (await newStatusLink(trx, question.id, ctx.now.toISOString()));
  const t = translatorFor(question.lang);
  const district = (await findDistrictById(trx, question.districtId))?.name ?? '';
  const kind = news.key === 'questions.news.asked' ? 'asked' : 'update';
  await queueMail(trx, ctx, {
    to: question.email,
    subject: t(`questions.mail.${kind}.subject`, { reference: question.reference }),
    text: t(`questions.mail.${kind}.body`, {
      name: question.requesterName ?? '',
      news: t(news.key, news.params),
      reference: question.reference,
      link: linkFor(ctx, statusPath(link)),
      district,
    }),
    districtId: question.districtId,
  });
}
