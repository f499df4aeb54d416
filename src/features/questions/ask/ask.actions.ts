import { randomBytes } from 'node:crypto';
import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../../platform/http/forms.ts';
import type { Lang } from '../../../platform/i18n/i18n.ts';
import { recordLinkedConversation, type CoreAnswersInput } from '../../common-language/index.ts';
import { inviteToVolunteerPool } from '../../help/index.ts';
import { canRecordForResident } from '../question/access.rules.ts';
import { insertEvent } from '../question/events.repository.ts';
import { findQuestion, insertQuestion, referenceTaken } from '../question/question.repository.ts';
import { referenceFrom } from '../question/question.rules.ts';
import { mailResident } from '../question/resident.mail.ts';
import { newStatusLink } from '../question/status-link.ts';
import type { AskInput } from './ask.schema.ts';
import { walkInPoints } from './walk-ins.ts';

async function uniqueReference(db: DbOrTx): Promise<string> {
  for (;;) {
    const reference = referenceFrom(randomBytes(5));
    if (!(await referenceTaken(db, reference))) return reference;
  }
}

/** Checks the choices that depend on the district: the buurt and the walk-in point. */
async function placeOf(db: DbOrTx, district: District, input: AskInput) {
  const errors: FieldErrors = {};
  const buurt = input.buurt === null ? undefined : await findBuurt(db, district.id, input.buurt);
  if (input.buurt !== null && buurt === undefined) errors.buurt = { code: 'validation.choice' };
  const points = await walkInPoints(db, district.id);
  const walkIn = input.contactBy === 'walk_in' ? points.find((p) => p.id === input.walkIn) : undefined;
  if (input.contactBy === 'walk_in' && walkIn === undefined) errors.walkIn = { code: 'validation.choice' };
  return { errors, buurtId: buurt?.id ?? null, walkInId: walkIn?.id ?? null };
}

/** Who wrote the question down for the resident (walk-in, phone, home visit), if someone did. */
function recorderOf(ctx: ActionContext, district: District, input: AskInput) {
  const mayRecord = ctx.user !== null && canRecordForResident(ctx.user.roles, district.id);
  return mayRecord && input.channel !== null && input.channel !== 'online' ? ctx.user : null;
}

/**
 * A resident asks (or someone writes the question down for them); they get their own status
 * link. Whoever writes it down records "Het goede gesprek" with it (the answers a resident
 * online cannot give are ignored); with the resident's consent what they would like to
 * contribute becomes an invitation to the volunteer pool.
 */
export function ask(
  ctx: ActionContext,
  district: District,
  input: AskInput,
  lang: Lang,
  core: CoreAnswersInput | null = null,
): Promise<Outcome<{ reference: string; token: string }>> {
  return runAction(ctx, async (trx) => {
    const place = await placeOf(trx, district, input);
    if (Object.keys(place.errors).length > 0) return { ok: false, errors: place.errors, status: 422 };
    const recorder = recorderOf(ctx, district, input);
    const at = ctx.now.toISOString();
    const id = await insertQuestion(trx, {
      districtId: district.id,
      buurtId: place.buurtId,
      reference: await uniqueReference(trx),
      text: input.text,
      requesterName: input.name,
      contactBy: input.contactBy,
      phone: input.phone,
      email: input.email,
      street: input.street,
      walkInLocationId: place.walkInId,
      urgency: input.urgency,
      channel: recorder === null ? 'online' : (input.channel ?? 'online'),
      recordedBy: recorder?.id ?? null,
      lang,
      createdAt: at,
    });
    await insertEvent(trx, { questionId: id, at, kind: 'asked', actorUserId: recorder?.id ?? null, forResident: true });
    if (recorder !== null && core !== null) {
      const conversation = {
        districtId: district.id,
        districtSlug: district.slug,
        buurtId: place.buurtId,
        kind: 'question_intake' as const,
        subject: { type: 'question' as const, id },
        reach: { name: input.name, email: input.email, phone: input.phone },
        core,
      };
      await recordLinkedConversation(trx, ctx, conversation, inviteToVolunteerPool);
    }
    const token = await newStatusLink(trx, id, at);
    const question = await findQuestion(trx, id);
    if (question === undefined) throw new Error('question vanished after insert');
    await mailResident(trx, ctx, question, { key: 'questions.news.asked', params: { reference: question.reference } }, token);
    return success({ reference: question.reference, token });
  });
}
