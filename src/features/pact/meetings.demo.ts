import { findOrCreateLocation } from '../guide/index.ts';
import { addAction, addItem, setAttendance } from './meeting-records.repository.ts';
import { insertMeeting, updateMeetingRecord } from './meetings.repository.ts';
import { amsterdamToUtc, type GoalTheme, type MeetingKind } from './meetings.rules.ts';
import type { DemoContext, PartnerIds } from './partners.demo.ts';

interface DemoMeeting {
  kind: MeetingKind;
  theme?: GoalTheme;
  title: string;
  /** Month-day and hours in the demo year (+1: the next year). */
  on: string;
  hours: [string, string];
  venue: string;
  organizers: string[];
  agenda: string[];
  decisions?: string[];
  actions?: [string, string, string][];
  nextYear?: boolean;
}

/** Oost's year of meetings (seed 000 §6–7, annex VI): one goal-oriented meeting still missing, so the rhythm check warns. */
const oostMeetings: readonly DemoMeeting[] = [
  {
    kind: 'broad',
    title: 'Brede wijkbijeenkomst: van wijkdata naar wijkagenda',
    on: '02-05',
    hours: ['15:00', '17:30'],
    venue: 'Podium Oost',
    organizers: ['Stichting Utrecht Oost Gezond', 'Podium Oost'],
    agenda: ['Wat laten de cijfers van Oost zien?', 'Welke projecten willen we samen doen?', 'Voorstel voor de wijkagenda'],
    decisions: ['De vijf projecten gaan als voorstel naar de regiegroep.'],
    actions: [['Voorstel wijkagenda uitwerken', 'Wijkcoöperatie Oost voor Elkaar', '02-28']],
  },
  {
    kind: 'steering',
    title: 'Vergadering van de regiegroep',
    on: '03-10',
    hours: ['19:30', '21:30'],
    venue: 'Podium Oost',
    organizers: [],
    agenda: ['Wijkagenda vaststellen', 'Digitale toepassingen voor het wijkportaal kiezen'],
    decisions: ['De wijkagenda is vastgesteld.', 'Het wijkportaal krijgt een agenda met bijeenkomsten.'],
    actions: [['Partners informeren over de vastgestelde wijkagenda', 'Wijkcoöperatie Oost voor Elkaar', '03-31']],
  },
  {
    kind: 'goal',
    theme: 'digital',
    title: 'Wijkbijeenkomst: digitale activiteiten en het wijkportaal',
    on: '04-16',
    hours: ['15:30', '17:30'],
    venue: 'Vitaliteitslab ROC Midden Nederland',
    organizers: ['ROC Midden Nederland', 'Wijkcoöperatie Oost voor Elkaar'],
    agenda: ['Hoe helpen we bewoners die moeite hebben met online aanvragen?', 'Het wijkportaal: wat zetten we erop?'],
    decisions: ['Studenten van ROC Midden Nederland geven digitale hulp in het wijkinformatiepunt.'],
    actions: [['Rooster digitale hulp maken', 'ROC Midden Nederland', '05-15']],
  },
  {
    kind: 'steering',
    title: 'Vergadering van de regiegroep',
    on: '10-06',
    hours: ['19:30', '21:30'],
    venue: 'Sterrenzicht',
    organizers: [],
    agenda: ['Voortgang wijkagenda', 'Opgeschaalde knelpunten', 'Resultaten: de cijfers van dit jaar'],
  },
  {
    kind: 'goal',
    theme: 'prevention',
    title: 'Wijkbijeenkomst: preventie en het gezondheidsevenement',
    on: '12-08',
    hours: ['15:30', '17:30'],
    venue: 'De Wilg',
    organizers: ['Stichting Utrecht Oost Gezond', 'SportUtrecht'],
    agenda: ['Terugblik op het gezondheidsevenement', 'Plannen voor volgend jaar'],
  },
  {
    kind: 'broad',
    title: 'Brede wijkbijeenkomst',
    on: '02-04',
    hours: ['15:00', '17:30'],
    venue: 'Podium Oost',
    organizers: ['Stichting Utrecht Oost Gezond'],
    agenda: ['Input voor de nieuwe wijkagenda'],
    nextYear: true,
  },
];

const attendees = [
  'Stichting Utrecht Oost Gezond',
  'Podium Oost',
  'DOCK',
  'Buurtteam Oost',
  'Wijkcoöperatie Oost voor Elkaar',
  'NIZU',
  'Gemeente Utrecht',
  'ROC Midden Nederland',
  'Hogeschool Utrecht',
  'SportUtrecht',
];

/** What happened at a meeting already held: minutes, decisions, actions, and who came. */
async function recordHeld(c: DemoContext, id: string, partners: PartnerIds, m: DemoMeeting, year: number): Promise<void> {
  await updateMeetingRecord(c.db, id, {
    status: 'held',
    minutes: 'Een goede bijeenkomst met veel partners. De besluiten en actiepunten staan hieronder.',
    at: c.at,
  });
  for (const text of m.decisions ?? []) await addItem(c.db, id, 'decision', text, c.at);
  for (const [description, owner, due] of m.actions ?? []) {
    await addAction(c.db, { meetingId: id, description, ownerPartnerId: partners.get(owner) ?? null, dueOn: `${year}-${due}`, at: c.at });
  }
  if (m.kind !== 'steering')
    await setAttendance(
      c.db,
      id,
      attendees.flatMap((a) => partners.get(a) ?? []),
    );
}

async function seedMeeting(c: DemoContext, districtId: string, partners: PartnerIds, m: DemoMeeting): Promise<void> {
  const year = m.nextYear === true ? c.year + 1 : c.year;
  const date = `${year}-${m.on}`;
  const venue = await c.db
    .selectFrom('locations')
    .select('id')
    .where('district_id', '=', districtId)
    .where('name', '=', m.venue)
    .executeTakeFirstOrThrow();
  const start = amsterdamToUtc(date, m.hours[0]) ?? new Date(date);
  const id = await insertMeeting(c.db, {
    districtId,
    kind: m.kind,
    theme: m.theme ?? null,
    title: m.title,
    startsAt: start.toISOString(),
    endsAt: (amsterdamToUtc(date, m.hours[1]) ?? start).toISOString(),
    venueId: venue.id,
    description: '',
    organizerIds: m.organizers.flatMap((o) => partners.get(o) ?? []),
    at: c.at,
  });
  for (const text of m.agenda) await addItem(c.db, id, 'agenda', text, c.at);
  if (start.toISOString() <= c.at) await recordHeld(c, id, partners, m, year);
}

/** Seed 003 §4.4: learning meetings in Noordwest, two of the three a year planned so far. */
async function seedLearningMeetings(c: DemoContext): Promise<void> {
  const noordwest = c.tijw.find((d) => d.slug === 'noordwest');
  if (noordwest === undefined) return;
  await findOrCreateLocation(c.db, { districtId: noordwest.id, name: 'De Wilg (Ondiep)', isMeetingPlace: true, at: c.at });
  for (const on of ['03-14', '06-13']) {
    await seedMeeting(c, noordwest.id, noordwest.partners, {
      kind: 'learning',
      title: 'Leerbijeenkomst Thuis in je Wijk',
      on,
      hours: ['13:30', '16:00'],
      venue: 'De Wilg (Ondiep)',
      organizers: ['DOCK', 'Lister'],
      agenda: ['Uitkomsten van het onderzoek', 'Wat gaat goed in de samenwerking, wat kan beter?'],
    });
  }
}

export async function seedDemoMeetings(c: DemoContext): Promise<void> {
  for (const m of oostMeetings) await seedMeeting(c, c.oost, c.oostPartners, m);
  await seedLearningMeetings(c);
}
