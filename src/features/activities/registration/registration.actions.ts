import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { placesWithAccess } from '../../guide/index.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import { requestBuddyForActivity } from '../../help/index.ts';
import { agendaItems, findActivity, lockActivity, type Activity } from '../agenda/activities.repository.ts';
import { registrationMail } from './registration.mail.ts';
import {
  countConfirmed,
  findByTokenHash,
  insertRegistration,
  isRegistered,
  moveUp,
  registrationsOf,
  setRegistrationStatus,
  type Registration,
} from './registration.repository.ts';
import { movingUp, placeFor } from './registration.rules.ts';
import type { RegistrationInput } from './registration.schema.ts';

const cancelPath = (district: Pick<District, 'slug'>, token: string) => `/${district.slug}/activiteiten/afmelden/${token}`;

/** Where an activity is, in one line: the guide's place and its address. */
export async function placeLine(trx: DbOrTx, districtId: string, locationId: string): Promise<string> {
  const place = (await placesWithAccess(trx, districtId)).find((p) => p.id === locationId);
  return place === undefined ? '' : [place.name, place.address].filter((s) => s !== '').join(', ');
}

export interface Registered {
  status: 'confirmed' | 'waiting';
  buddy: 'none' | 'asked' | 'refused';
}

/**
 * Registers someone without an account for one date of an activity. Registrations for the
 * same activity wait for each other (the activity's row is locked), so two at once never
 * take more places than there are; the same address twice is refused.
 */
export function register(
  ctx: ActionContext,
  t: Translate,
  district: District,
  activityId: string,
  input: RegistrationInput,
): Promise<Outcome<Registered>> {
  return runAction(ctx, async (trx) => {
    await lockActivity(trx, activityId);
    const activity = await findActivity(trx, district.id, activityId);
    if (activity === undefined || activity.status !== 'published' || !activity.registration)
      return refusal('activities.register.closed', { status: 409 });
    const [occurrence] = await agendaItems(trx, district.id, { from: ctx.now.toISOString(), to: '9999', activityId, limit: 1_000 }).then(
      (items) => items.filter((i) => i.startsAt === input.occurrence),
    );
    if (occurrence === undefined || occurrence.cancelled !== null) {
      return refusal('activities.register.occurrence.gone', { field: 'occurrence' });
    }
    if (await isRegistered(trx, activity.id, occurrence.startsAt, input.email)) {
      return refusal('activities.register.double', { field: 'email', status: 409 });
    }
    const status = placeFor(activity.capacity, await countConfirmed(trx, activity.id, occurrence.startsAt));
    const token = newToken();
    const at = ctx.now.toISOString();
    const registration = {
      activityId: activity.id,
      startsAt: occurrence.startsAt,
      name: input.name,
      email: input.email,
      phone: input.phone,
    };
    const id = await insertRegistration(trx, { ...registration, wantsBuddy: input.buddy, status, tokenHash: hashToken(token), at });
    const place = await placeLine(trx, district.id, activity.locationId);
    const facts = {
      activity,
      startsAt: occurrence.startsAt,
      place,
      name: input.name,
      cancelLink: linkFor(ctx, cancelPath(district, token)),
    };
    await queueMail(trx, ctx, { ...registrationMail(t, status, input.email, facts), districtId: district.id });
    const buddy =
      input.buddy && input.buurt !== null
        ? await askBuddy(trx, ctx, t, { district, activity, input, place, startsAt: occurrence.startsAt })
        : 'none';
    await audit(trx, ctx, {
      action: 'activities.registered',
      subjectType: 'activity_registration',
      subjectId: id,
      districtId: district.id,
      details: { status },
    });
    return success({ status, buddy });
  });
}

async function askBuddy(
  trx: DbOrTx,
  ctx: ActionContext,
  t: Translate,
  r: { district: District; activity: Activity; input: RegistrationInput; place: string; startsAt: string },
): Promise<'asked' | 'refused'> {
  const [date, time] = amsterdamParts(r.startsAt);
  const asked = await requestBuddyForActivity(
    trx,
    {
      districtId: r.district.id,
      buurtId: r.input.buurt ?? '',
      what: t('activities.buddy.what', { title: r.activity.title, place: r.place }),
      wishedTime: t('activities.buddy.when', { date, time }),
      meetingPlaceId: null,
      requesterName: r.input.name,
      phone: r.input.phone,
      email: r.input.email,
    },
    ctx.now,
  );
  return asked.ok ? 'asked' : 'refused';
}

/** Cancels by the link in the mail; a freed place goes to the first on the waiting list, who gets a mail. */
export function cancelRegistration(ctx: ActionContext, t: Translate, district: District, token: string): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const found = await findByTokenHash(trx, hashToken(token));
    if (found === undefined) return refusal('activities.cancel.unknown', { status: 404 });
    await lockActivity(trx, found.activityId);
    const activity = await findActivity(trx, district.id, found.activityId);
    if (activity === undefined) return refusal('activities.cancel.unknown', { status: 404 });
    const at = ctx.now.toISOString();
    if (found.status === 'cancelled' || !(await setRegistrationStatus(trx, found.id, found.status, 'cancelled', at))) {
      return refusal('activities.cancel.already', { status: 409 });
    }
    const place = await placeLine(trx, district.id, activity.locationId);
    const confirmed = await countConfirmed(trx, activity.id, found.startsAt);
    const waiting = await registrationsOf(trx, activity.id, { startsAt: found.startsAt, status: 'waiting' });
    for (const next of movingUp(activity.capacity, confirmed, waiting)) {
      const nextToken = newToken();
      if (!(await moveUp(trx, next.id, hashToken(nextToken), at))) continue;
      const facts = {
        activity,
        startsAt: next.startsAt,
        place,
        name: next.name,
        cancelLink: linkFor(ctx, cancelPath(district, nextToken)),
      };
      await queueMail(trx, ctx, { ...registrationMail(t, 'movedUp', next.email, facts), districtId: district.id });
    }
    await audit(trx, ctx, {
      action: 'activities.cancelled',
      subjectType: 'activity_registration',
      subjectId: found.id,
      districtId: district.id,
    });
    return success(activity.id);
  });
}

/** The organiser or a coordinator reads who registered: names and addresses, so every read goes on the audit log. */
export function registrationsSeenBy(ctx: ActionContext, district: District, activity: Activity): Promise<Outcome<Registration[]>> {
  return runAction(ctx, async (trx) => {
    await audit(trx, ctx, {
      action: 'activities.registrations_read',
      subjectType: 'activity',
      subjectId: activity.id,
      districtId: district.id,
    });
    return success(await registrationsOf(trx, activity.id));
  });
}
