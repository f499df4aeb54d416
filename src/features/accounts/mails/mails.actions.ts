import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { listFailingMails, resendMail } from '../../../platform/mail/outbox.repository.ts';
import { LISTED_MAILS, type MailScope } from './mails.rules.ts';

/**
 * Sends a mail that keeps failing once more, with a fresh count of attempts (ADR 0008).
 * Only a mail on this administrator's list: one of their districts that is not sent yet.
 */
export function resendFailingMail(ctx: ActionContext, scope: MailScope, id: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const mail = (await listFailingMails(trx, scope, LISTED_MAILS)).find((m) => m.id === id);
    if (mail === undefined) return refusal('error.404', { status: 404 });
    if (!(await resendMail(trx, id, ctx.now))) return refusal('error.409', { status: 409 });
    await audit(trx, ctx, { action: 'mail.resent', subjectType: 'mail', subjectId: id, districtId: mail.districtId });
    return success();
  });
}
