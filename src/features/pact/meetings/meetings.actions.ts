import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { isMeetingPlaceOf } from '../../guide/index.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { insertMeeting, listMeetings, updateMeeting, type MeetingFields } from './meetings.repository.ts';
import { checkRhythm } from './meetings.rules.ts';
import { amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import type { MeetingInput } from './meetings.schema.ts';

/** A year of meetings and where they fall short of the pact's rhythm. */
export async function meetingsOfYear(ctx: ActionContext, district: District, year: number) {
  const { db } = ctx.deps.database;
  const meetings = await listMeetings(db, district.id, { from: `${year}-01-01`, to: `${year + 1}-01-01` });
  const { programme } = await settingsOf(db, district.id);
  return { year, meetings, warnings: checkRhythm(programme, meetings) };
}

/** A meeting needs a start before its end, and a meeting place of this district from the guide. */
async function checkMeeting(trx: DbOrTx, t: Translate, district: District, input: MeetingInput): Promise<Outcome<MeetingFields>> {
  const start = amsterdamToUtc(input.date, input.start);
  const end = amsterdamToUtc(input.date, input.end);
  if (start === null) return refusal('validation.date', { field: 'date' });
  if (end === null || end <= start) return refusal('pact.meeting.end.afterStart', { field: 'end' });
  if (!(await isMeetingPlaceOf(trx, district.id, input.venue))) return refusal('pact.meeting.venue.required', { field: 'venue' });
  const partnerIds = new Set((await listPartners(trx, district.id)).map((p) => p.id));
  if (input.organizers.some((id) => !partnerIds.has(id))) return refusal('validation.choice', { field: 'organizers' });
  const theme = input.theme === null ? '' : t(`pact.theme.${input.theme}`);
  return success({
    kind: input.kind,
    theme: input.kind === 'goal' ? input.theme : null,
    title: input.title ?? t(`pact.meeting.defaultTitle.${input.kind}`, { theme }),
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    venueId: input.venue,
    description: input.description ?? '',
    organizerIds: [...new Set(input.organizers)],
  });
}

/** Plans a meeting; its default title is written in the planner's language. */
export function planMeeting(ctx: ActionContext, t: Translate, district: District, input: MeetingInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const checked = await checkMeeting(trx, t, district, input);
    if (!checked.ok) return checked;
    return success(await insertMeeting(trx, { districtId: district.id, ...checked.value, at: ctx.now.toISOString() }));
  });
}

/** Moving a meeting raises its sequence, so calendars that get the new invitation or the feed move it too. */
export function changeMeeting(
  ctx: ActionContext,
  t: Translate,
  district: District,
  id: string,
  input: MeetingInput,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const checked = await checkMeeting(trx, t, district, input);
    if (!checked.ok) return checked;
    await updateMeeting(trx, id, checked.value, ctx.now.toISOString());
    return success(id);
  });
}
