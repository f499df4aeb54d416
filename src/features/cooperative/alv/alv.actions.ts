import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime, type Lang, type Translate } from '../../../platform/i18n/i18n.ts';
import { calendarText } from '../../../platform/calendar/ical.ts';
import { amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import { currentSeats } from '../board/board.repository.ts';
import { memberRegister, membershipsOf, type Member } from '../membership/membership.repository.ts';
import { alvSettings, insertAlv, minutesAwaitingAdoption, saveAlvSettings, saveMinutes, type Alv } from './alv.repository.ts';
import { hasStarted, mayOnBoard, refuseConvening, type AlvBoardAction } from './alv.rules.ts';
import type { ConveneInput, MinutesInput, SettingsInput } from './alv.schema.ts';
import { saveDocument } from './documents.repository.ts';
import { accessInWords, meetingPlaceOf, placeText, type AlvPlace } from './place.ts';
import type { NewDocument } from './documents.routes.ts';
import { documentPath, type DocumentKind } from './documents.rules.ts';

/** How long the calendar entry lasts; the convocation names only the start. */
const MEETING_MINUTES = 120;
const MAX_ITEMS = 30;

export interface Words {
  t: Translate;
  lang: Lang;
}

const agendaLines = (agenda: string): string[] =>
  agenda
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\d+[.)]|[-*•])\s*/, '').trim())
    .filter((l) => l !== '');

function icsOf(
  ctx: ActionContext,
  district: District,
  id: string,
  what: { title: string; place: string },
  start: Date,
  agenda: string[],
): string {
  const event = {
    uid: `alv-${id}@${ctx.deps.config.baseUrl.hostname}`,
    sequence: 0,
    stamp: ctx.now,
    start,
    end: new Date(start.getTime() + MEETING_MINUTES * 60_000),
    summary: what.title,
    description: agenda.map((line, i) => `${i + 1}. ${line}`).join('\n'),
    location: what.place,
    url: linkFor(ctx, `/${district.slug}/cooperatie/alv/${id}`),
  };
  return calendarText({ name: what.title, method: 'PUBLISH', events: [event] });
}

/** The current members who gave an e-mail address: whom the ALV's mails reach (the others get it on paper). */
export async function membersByMail(trx: DbOrTx, districtId: string) {
  return (await memberRegister(trx, districtId)).filter((m) => m.endedOn === null && m.email !== null);
}

async function mailEveryMember(
  trx: DbOrTx,
  ctx: ActionContext,
  words: Words,
  district: District,
  mail: { id: string; ics: string; params: Record<string, string> },
) {
  const members = await membersByMail(trx, district.id);
  const attachments = [{ filename: 'alv.ics', content: mail.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
  for (const m of members) {
    const params = { ...mail.params, name: m.name };
    await queueMail(trx, ctx, {
      to: m.email ?? '',
      subject: words.t('cooperative.alv.mail.subject', params),
      text: words.t('cooperative.alv.mail.body', params),
      attachments,
      districtId: district.id,
    });
  }
  return members.length;
}

/** The documents in a mail to members, one a line with its download link (members sign in to download). */
export function documentLines(
  ctx: ActionContext,
  words: Words,
  district: District,
  id: string,
  files: readonly { kind: DocumentKind }[],
): string {
  if (files.length === 0) return words.t('cooperative.alv.mail.noDocuments');
  return files
    .map(
      (f) =>
        `- ${words.t(`cooperative.alv.doc.${f.kind}`)} (PDF): ${linkFor(ctx, documentPath(`/${district.slug}/cooperatie`, id, f.kind))}`,
    )
    .join('\n');
}

/** Whether the person with this e-mail address holds a board seat that may do this for the ALV (secretary or chair). */
export async function mayAsBoardMember(
  db: DbOrTx,
  districtId: string,
  email: string | undefined,
  action: AlvBoardAction,
): Promise<boolean> {
  if (email === undefined) return false;
  const own = new Set((await membershipsOf(db, districtId, email)).filter((m) => m.endedOn === null).map((m) => m.id));
  return mayOnBoard(
    action,
    (await currentSeats(db, districtId)).filter((s) => own.has(s.memberId)),
  );
}

/** Who convenes, when, where and the agenda, checked: the moment, the guide's place and the agenda lines, or a refusal. */
async function checkConvening(
  trx: DbOrTx,
  ctx: ActionContext,
  district: District,
  input: ConveneInput,
): Promise<{ start: Date; venue: AlvPlace; lines: string[] } | Outcome<string>> {
  if (!(await mayAsBoardMember(trx, district.id, ctx.user?.email, 'convene')))
    return refusal('cooperative.alv.convene.notSecretary', { status: 403 });
  const start = amsterdamToUtc(input.date, input.time);
  if (start === null) return refusal('validation.date', { field: 'date' });
  const problem = refuseConvening(start, ctx.now, await alvSettings(trx, district.id));
  if (problem !== null) return refusal(problem.code, problem);
  const venue = await meetingPlaceOf(trx, district.id, input.location);
  if (venue === undefined) return refusal('cooperative.alv.place.unknown', { field: 'location' });
  const lines = agendaLines(input.agenda);
  if (lines.length > MAX_ITEMS) return refusal('cooperative.alv.tooManyItems', { field: 'agenda', params: { max: MAX_ITEMS } });
  return { start, venue, lines };
}

/**
 * The secretary (or the chair) convenes an ALV, at least the notice period ahead. Minutes of the ALV
 * before that wait for adoption come first on the agenda. Every member with an e-mail
 * address gets the convocation with an .ics after the commit; the others get it on paper
 * (the printable convocation lists them).
 */
export function convene(
  ctx: ActionContext,
  words: Words,
  district: District,
  input: ConveneInput,
  files: readonly NewDocument[] = [],
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const checked = await checkConvening(trx, ctx, district, input);
    if (!('start' in checked)) return checked;
    const { start, venue, lines } = checked;
    const place = placeText(venue);
    const earlier = await minutesAwaitingAdoption(trx, district.id, start.toISOString());
    const items = [
      ...(earlier === undefined ? [] : [{ title: words.t('cooperative.alv.minutesItem'), kind: 'minutes' as const }]),
      ...lines.map((title) => ({ title, kind: 'regular' as const })),
    ];
    const documents = { annualReport: null, accounts: null, auditReport: null };
    const at = ctx.now.toISOString();
    const base = { districtId: district.id, title: input.title, place, locationId: venue.id };
    const id = await insertAlv(trx, { ...base, startsAt: start.toISOString(), documents, items, by: ctx.user?.id ?? null, at });
    for (const file of files) await saveDocument(trx, { alvId: id, kind: file.kind, bytes: file.bytes, by: ctx.user?.id ?? null, at });
    const params = {
      title: input.title,
      when: formatDateTime(start.toISOString(), words.lang),
      place,
      access: accessInWords(words.t, venue),
      agenda: items.map((item, i) => `${i + 1}. ${item.title}`).join('\n'),
      link: linkFor(ctx, `/${district.slug}/cooperatie/alv/${id}`),
      district: district.name,
      documents: documentLines(ctx, words, district, id, files),
    };
    const sent = await mailEveryMember(trx, ctx, words, district, {
      id,
      ics: icsOf(ctx, district, id, { title: input.title, place }, start, lines),
      params,
    });
    await audit(trx, ctx, {
      action: 'cooperative.alv.convened',
      subjectType: 'coop_alv',
      subjectId: id,
      districtId: district.id,
      details: { mails: sent },
    });
    return success(id);
  });
}

export function changeSettings(ctx: ActionContext, district: District, input: SettingsInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await saveAlvSettings(trx, district.id, input, ctx.now.toISOString());
    await audit(trx, ctx, {
      action: 'cooperative.alv.settings',
      subjectType: 'coop_alv_settings',
      subjectId: district.id,
      districtId: district.id,
    });
    return success();
  });
}

/** The secretary drafts the minutes once the meeting has started; adopted minutes stay as they are. */
export function draftMinutes(ctx: ActionContext, district: District, alv: Alv, input: MinutesInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (!hasStarted(alv, ctx.now)) return refusal('cooperative.alv.minutes.notYet', { field: 'minutes', status: 409 });
    if (!(await saveMinutes(trx, alv.id, input.minutes, ctx.now.toISOString())))
      return refusal('cooperative.alv.minutes.adopted', { field: 'minutes', status: 409 });
    await audit(trx, ctx, { action: 'cooperative.alv.minutes', subjectType: 'coop_alv', subjectId: alv.id, districtId: district.id });
    return success();
  });
}

/** The members who get the convocation on paper, for the secretary; reading the register is logged. */
export async function paperMembersSeenBy(ctx: ActionContext, district: District, alv: Alv): Promise<Member[]> {
  const db = ctx.deps.database.db;
  const register = await memberRegister(db, district.id);
  await audit(db, ctx, { action: 'cooperative.register.read', subjectType: 'coop_alv', subjectId: alv.id, districtId: district.id });
  return register.filter((m) => m.endedOn === null && m.email === null);
}
