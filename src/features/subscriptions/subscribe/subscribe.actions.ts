import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import type { Lang, Translate } from '../../../platform/i18n/i18n.ts';
import { addressKey, optOutPath, optOutToken, recordOptOut, type OptOut } from '../../../platform/mail/opt-outs.ts';
import { confirmationExpired } from '../digest/digest.rules.ts';
import { DIGEST_LIST } from '../digest/digest.mail.tsx';
import { activate, endSubscriptions, findByTokenHash, insertPending } from './subscribe.repository.ts';
import type { SubscribeInput } from './subscribe.schema.ts';

/**
 * Step one of the double opt-in: a pending subscription and a mail with a link to confirm
 * it. Nothing is sent to the address until its owner follows that link.
 */
export function subscribe(
  ctx: ActionContext,
  district: District,
  input: SubscribeInput,
  words: { t: Translate; lang: Lang },
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const buurt = input.buurt === null ? null : (await listBuurten(trx, district.id)).find((b) => b.id === input.buurt);
    if (buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const token = newToken();
    const at = ctx.now.toISOString();
    const id = await insertPending(trx, {
      districtId: district.id,
      buurtId: buurt?.id ?? null,
      email: input.email,
      frequency: input.frequency,
      lang: words.lang,
      tokenHash: hashToken(token),
      at,
    });
    const params = {
      district: district.name,
      area: buurt?.name ?? district.name,
      how: words.t(`subscriptions.frequency.${input.frequency}`),
      link: linkFor(ctx, `/${district.slug}/nieuwsbrief/bevestigen/${token}`),
      stop: linkFor(ctx, optOutPath(district.slug, optOutToken(ctx.deps.config.sessionSecret, DIGEST_LIST, input.email))),
    };
    await queueMail(trx, ctx, {
      to: input.email,
      subject: words.t('subscriptions.mail.confirm.subject', params),
      text: words.t('subscriptions.mail.confirm.body', params),
      districtId: district.id,
    });
    return success(id);
  });
}

/** Step two: the link was followed. An earlier subscription of the address in the district gives way to this one. */
export function confirm(ctx: ActionContext, district: District, token: string): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const pending = await findByTokenHash(trx, district.id, hashToken(token));
    if (pending === undefined || pending.status !== 'pending') return refusal('subscriptions.confirm.unknown', { status: 404 });
    if (confirmationExpired(pending.createdAt, ctx.now)) return refusal('subscriptions.confirm.expired', { status: 409 });
    if (!(await activate(trx, pending.id, ctx.now.toISOString()))) return refusal('subscriptions.confirm.unknown', { status: 404 });
    await endSubscriptions(trx, district.id, addressKey(pending.email), ctx.now.toISOString(), pending.id);
    await audit(trx, ctx, {
      action: 'subscriptions.confirmed',
      subjectType: 'subscription',
      subjectId: pending.id,
      districtId: district.id,
    });
    return success(pending.id);
  });
}

/**
 * "No more of these", from a signed link (one click from the mail client, or the button on
 * the page): the digest ends the address's subscriptions in the district; any other list
 * (reminders) is written to the opt-out store, which the sender of those mails asks.
 */
export function optOut(ctx: ActionContext, district: District, what: OptOut): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const at = ctx.now.toISOString();
    if (what.list === DIGEST_LIST) await endSubscriptions(trx, district.id, what.addressKey, at);
    else await recordOptOut(trx, what, at);
    await audit(trx, ctx, { action: 'subscriptions.opted_out', subjectType: 'mail_list', subjectId: what.list, districtId: district.id });
    return success(what.list);
  });
}
