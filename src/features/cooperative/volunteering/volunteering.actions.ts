import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, refuse, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { assignRole, findUserByEmail, insertUser } from '../../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { activateVolunteer, enlistVolunteer, findHouseRules, seedRules, vogNeededFor, withVogTalents } from '../../help/index.ts';
import { findIntake, hasIntake, insertIntake, recordIntake, waitingIntakes, type Intake } from './volunteering.repository.ts';
import { refuseActivation, refuseSignUp } from './volunteering.rules.ts';
import type { IntakeInput, SignUpInput } from './volunteering.schema.ts';

/** The person signing up (as a volunteer or to pool 2): the one signed in, or a new account made with the sign-up. */
export async function signUpUser(
  trx: DbOrTx,
  ctx: ActionContext,
  input: Pick<SignUpInput, 'account'>,
): Promise<{ id: string; name: string; email: string }> {
  if (ctx.user !== null) return ctx.user;
  const account = input.account;
  if (account === undefined) return refuse('error.403', { status: 403 });
  if ((await findUserByEmail(trx, account.email)) !== undefined)
    refuse('cooperative.volunteer.accountExists', { field: 'email', status: 409 });
  const passwordHash = await hashPassword(account.password);
  const id = await insertUser(trx, { email: account.email, name: account.name, passwordHash, createdAt: ctx.now.toISOString() });
  return { id, ...account };
}

/**
 * A neighbour signs up without an invitation: their volunteer profile is kept, not active,
 * and the coordinator hears there is someone for an intake conversation.
 */
export function signUp(ctx: ActionContext, t: Translate, district: District, input: SignUpInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const problem = refuseSignUp(input);
    if (problem !== null) return refusal(problem.code, problem);
    const buurt = await findBuurt(trx, district.id, input.buurt);
    if (buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const user = await signUpUser(trx, ctx, input);
    if (await hasIntake(trx, district.id, user.id))
      return refusal('cooperative.volunteer.alreadySignedUp', { field: 'talents', status: 409 });
    const at = ctx.now.toISOString();
    await enlistVolunteer(trx, { districtId: district.id, userId: user.id, ...input, buurtId: buurt.id, at });
    const id = await insertIntake(trx, { districtId: district.id, userId: user.id, talents: input.talents, at });
    await audit(trx, ctx, {
      action: 'cooperative.volunteer.signed_up',
      subjectType: 'coop_volunteer_intake',
      subjectId: id,
      districtId: district.id,
    });
    await queueMail(trx, ctx, {
      to: user.email,
      subject: t('cooperative.mail.signedUp.subject'),
      text: t('cooperative.mail.signedUp.body', { name: user.name, district: district.name }),
      districtId: district.id,
    });
    return success();
  });
}

/** The coordinator's queue: who signed up, with whether the kind of help they offer asks for a VOG; the read is logged. */
export async function intakesSeenBy(ctx: ActionContext, district: District): Promise<(Intake & { vogNeeded: boolean })[]> {
  const db = ctx.deps.database.db;
  const rules = await withVogTalents(db, district.id, (await findHouseRules(db, district.id)) ?? seedRules);
  const waiting = await waitingIntakes(db, district.id);
  await audit(db, ctx, { action: 'cooperative.volunteers.read', subjectType: 'coop_volunteer_intake', districtId: district.id });
  return waiting.map((i) => ({ ...i, vogNeeded: vogNeededFor(rules, i.talents) }));
}

/** Activated: the active profile and the volunteer role, and a welcome. Otherwise a mail about what is still needed. */
async function afterIntake(
  trx: DbOrTx,
  ctx: ActionContext,
  t: Translate,
  district: District,
  about: { intake: Intake; activate: boolean; vogAsked: boolean; vogDate: string | null },
): Promise<void> {
  const { intake: found, activate } = about;
  const at = ctx.now.toISOString();
  if (activate) {
    await activateVolunteer(trx, district.id, found.userId, about.vogDate, at);
    const role = { role: 'volunteer' as const, districtId: district.id, buurtId: null, organizationId: null };
    await assignRole(trx, found.userId, role, { at, by: ctx.user?.id ?? null });
  }
  const params = { name: found.name, district: district.name, link: linkFor(ctx, `/${district.slug}/hulp/vrijwilliger`) };
  const mail = activate ? 'welcome' : about.vogAsked ? 'vogAsked' : 'intakeDone';
  await queueMail(trx, ctx, {
    to: found.email,
    subject: t(`cooperative.mail.${mail}.subject`),
    text: t(`cooperative.mail.${mail}.body`, params),
    districtId: district.id,
  });
  const action = activate ? 'cooperative.volunteer.activated' : 'cooperative.volunteer.intake';
  await audit(trx, ctx, { action, subjectType: 'coop_volunteer_intake', subjectId: found.id, districtId: district.id });
}

/**
 * The coordinator records the intake conversation. To activate, the VOG must have been seen
 * where the help asks for one; then the volunteer role, the active profile and a welcome mail.
 * Without activating, the neighbour hears what is still needed (a VOG).
 */
export function intake(
  ctx: ActionContext,
  t: Translate,
  district: District,
  id: string,
  input: IntakeInput,
): Promise<Outcome<'actief' | 'gesprek'>> {
  return runAction(ctx, async (trx) => {
    const found = await findIntake(trx, district.id, id);
    if (found === undefined) return refusal('error.404', { status: 404 });
    const rules = await withVogTalents(trx, district.id, (await findHouseRules(trx, district.id)) ?? seedRules);
    const vogNeeded = vogNeededFor(rules, found.talents);
    const activate = input.decision === 'activate';
    const facts = { status: found.status, vogNeeded: activate && vogNeeded, vogDate: input.vogDate, today: localDay(ctx.now) };
    const problem = refuseActivation(facts);
    if (problem !== null) return refusal(problem.code, problem);
    const at = ctx.now.toISOString();
    if (!(await recordIntake(trx, found.id, { note: input.note, vogDate: input.vogDate, by: ctx.user?.id ?? null, at, activate })))
      return refusal('cooperative.volunteer.alreadyActive', { field: 'note', status: 409 });
    await afterIntake(trx, ctx, t, district, {
      intake: found,
      activate,
      vogAsked: vogNeeded && input.vogDate === null,
      vogDate: input.vogDate,
    });
    return success(activate ? 'actief' : 'gesprek');
  });
}
