import { linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { recordLinkedConversation, type CoreAnswersInput } from '../../common-language/index.ts';
import { contactPointOfDistrict, phoneOfPoint } from '../../guide/index.ts';
import { coordinates } from '../desk/coordinator.rules.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { inviteToVolunteerPool } from '../pool/pool.actions.ts';
import { confirmationMail } from '../shared/mails.ts';
import { ruleRefusal } from '../shared/refusals.ts';
import { admitRequest } from './admit.actions.ts';
import { intakeOf, type NewHelpRequest, type RequestAnswers } from './intake.rules.ts';

/** The request as the form gave it, in a buurt of the district (chosen by its slug). */
async function fromForm(
  trx: DbOrTx,
  district: District,
  rules: HouseRules,
  answers: RequestAnswers & { buurt: string },
  who: Parameters<typeof intakeOf>[2],
): Promise<NewHelpRequest | undefined> {
  const buurt = await findBuurt(trx, district.id, answers.buurt);
  return buurt && intakeOf(answers, { districtId: district.id, buurtId: buurt.id, rules }, who);
}

/**
 * A resident asks online, with or without an account. With an e-mail address they get
 * their personal status link by mail, in the language they asked in (`t`).
 */
export function askForHelp(
  ctx: ActionContext,
  district: District,
  rules: HouseRules,
  answers: RequestAnswers & { buurt: string },
  t: Translate,
): Promise<Outcome<{ statusPath: string; mailed: boolean }>> {
  return runAction(ctx, async (trx) => {
    const input = await fromForm(trx, district, rules, answers, { source: 'online', createdBy: ctx.user?.id ?? null });
    if (input === undefined) return ruleRefusal('help.refusal.unknownBuurt', 'buurt');
    const admitted = await admitRequest(trx, input, ctx.now);
    if (!admitted.ok) return admitted;
    const statusPath = `/${district.slug}/hulp/status/${admitted.value.statusToken}`;
    if (input.email !== null) {
      const params = { name: input.requesterName, scheme: rules.schemeName, link: linkFor(ctx, statusPath), days: rules.feedbackDays };
      const point = await contactPointOfDistrict(trx, district.id);
      const mail = confirmationMail(t, input.email, { ...params, phone: phoneOfPoint(point) ?? '' });
      await queueMail(trx, ctx, { ...mail, districtId: district.id });
    }
    return success({ statusPath, mailed: input.email !== null });
  });
}

/**
 * A coordinator records a request on a resident's behalf (by phone, at the walk-in point), in a
 * buurt they cover, with the answers to the core questions; with the resident's consent what
 * they would like to contribute becomes an invitation to the volunteer pool, in the same transaction.
 */
export function recordForResident(
  ctx: ActionContext,
  district: District,
  rules: HouseRules,
  answers: RequestAnswers & CoreAnswersInput & { buurt: string; source: 'phone' | 'walk_in' },
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const input = await fromForm(trx, district, rules, answers, { source: answers.source, createdBy: ctx.user?.id ?? null });
    if (input === undefined) return ruleRefusal('help.refusal.unknownBuurt', 'buurt');
    if (!coordinates(ctx.user, district.id, input.buurtId, undefined, 'help.intake')) return ruleRefusal('help.refusal.notYourBuurt');
    const admitted = await admitRequest(trx, input, ctx.now);
    if (!admitted.ok) return admitted;
    const requestId = admitted.value.requestId;
    const conversation = {
      districtId: district.id,
      districtSlug: district.slug,
      buurtId: input.buurtId,
      kind: 'help_intake' as const,
      subject: { type: 'help_request' as const, id: requestId },
      reach: { name: input.requesterName, email: input.email, phone: input.phone },
      core: answers,
    };
    await recordLinkedConversation(trx, ctx, conversation, inviteToVolunteerPool);
    return success(requestId);
  });
}

/** A request recorded through the API, under the same house rules as every other path. */
export function recordThroughApi(ctx: ActionContext, input: NewHelpRequest): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const admitted = await admitRequest(trx, input, ctx.now);
    return admitted.ok ? success(admitted.value.requestId) : admitted;
  });
}
