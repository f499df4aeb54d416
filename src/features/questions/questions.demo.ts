import { randomBytes } from 'node:crypto';
import { assignRole, insertUser } from '../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { newId, type Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { DEMO_PASSWORD } from '../../platform/auth/demo.ts';
import { findOrCreateOrganization } from '../guide/index.ts';
import type { OrganizationKind } from '../guide/index.ts';
import { insertConsent } from './consents.repository.ts';
import { insertEvent, type EventKind } from './events.repository.ts';
import { insertQuestion, markFirstResponse, moveQuestion, type NewQuestion } from './questions.repository.ts';
import { nextState, referenceFrom, responseDueAt, type QuestionAction, type QuestionStatus } from './questions.rules.ts';
import { insertReferral, moveReferral, type PartnerContact } from './referrals.repository.ts';

/** Named persons at partners of Oost (seed 000, annex III), visibly fictional, with what to call them for. */
const demoContacts = [
  {
    key: 'buurtteam',
    organization: 'Buurtteam Oost',
    kind: 'welfare',
    name: 'Karim Buurtteam (demo)',
    title: 'Buurtteammedewerker',
    contactFor: 'Geldzorgen, eenzaamheid, opvoeden, psychische problemen, overlast',
    email: 'professional.oost@wijkportaal.example',
    phone: '030 000 00 01',
  },
  {
    key: 'dock',
    organization: 'DOCK',
    kind: 'welfare',
    name: 'Mila Sociaal Makelaar (demo)',
    title: 'Sociaal makelaar',
    contactFor: 'Ontmoeten en buurtinitiatieven in Sterrenwijk, Napoleonplantsoen en Watervogelbuurt',
    email: 'mila.dock@wijkportaal.example',
    phone: '030 000 00 02',
  },
  {
    key: 'nizu',
    organization: 'NIZU',
    kind: 'welfare',
    name: 'Ruud Informele Zorg (demo)',
    title: 'Coördinator vrijwilligers',
    contactFor: 'Getrainde vrijwilligers, steun voor mantelzorgers',
    email: 'ruud.nizu@wijkportaal.example',
    phone: '030 000 00 03',
  },
  {
    key: 'gezond',
    organization: 'Stichting Utrecht Oost Gezond',
    kind: 'care_provider',
    name: 'Noor Praktijkondersteuner (demo)',
    title: 'Praktijkondersteuner basis-ggz',
    contactFor: 'Basis-ggz, kwetsbare ouderen, vragen over gezondheid',
    email: 'noor.gezond@wijkportaal.example',
    phone: '030 000 00 04',
  },
  {
    key: 'cooperatie',
    organization: 'Wijkcoöperatie Oost voor Elkaar',
    kind: 'resident_initiative',
    name: 'Joke Oost helpt (demo)',
    title: 'Coördinerend vrijwilliger',
    contactFor: 'Buurthulp: boodschappen, een praatje, klussen, een maatje',
    email: 'joke.oosthelpt@wijkportaal.example',
    phone: '030 000 00 05',
  },
] as const satisfies readonly {
  key: string;
  organization: string;
  kind: OrganizationKind;
  name: string;
  title: string;
  contactFor: string;
  email: string;
  phone: string;
}[];

type ContactKey = (typeof demoContacts)[number]['key'];

async function accountFor(
  db: DbOrTx,
  c: (typeof demoContacts)[number],
  districtId: string,
  organizationId: string,
  at: string,
): Promise<string> {
  // The demo professional of the accounts feature already exists; the contact links to that account.
  const existing = await db.selectFrom('users').select('id').where('email', '=', c.email).executeTakeFirst();
  if (existing) return existing.id;
  const id = await insertUser(db, { email: c.email, name: c.name, passwordHash: await hashPassword(DEMO_PASSWORD), createdAt: at });
  await assignRole(db, id, { role: 'professional', districtId, buurtId: null, organizationId }, { at, by: null });
  return id;
}

/** Every demo contact has an account (the Buurtteam one is the demo professional), so referrals reach an inbox. */
async function seedContacts(db: DbOrTx, districtId: string, at: string): Promise<Map<ContactKey, PartnerContact>> {
  const contacts = new Map<ContactKey, PartnerContact>();
  for (const c of demoContacts) {
    const organizationId = await findOrCreateOrganization(db, { districtId, name: c.organization, kind: c.kind, at });
    const userId = await accountFor(db, c, districtId, organizationId, at);
    const id = newId();
    await db
      .insertInto('contacts')
      .values({
        id,
        organization_id: organizationId,
        location_id: null,
        name: c.name,
        title: c.title,
        contact_for: c.contactFor,
        email: c.email,
        phone: c.phone,
        user_id: userId,
        created_at: at,
        updated_at: at,
        updated_by: null,
      })
      .execute();
    contacts.set(c.key, {
      id,
      name: c.name,
      title: c.title,
      contactFor: c.contactFor,
      email: c.email,
      phone: c.phone,
      userId,
      organizationId,
      organizationName: c.organization,
    });
  }
  return contacts;
}

interface Step {
  action: QuestionAction;
  hoursLater: number;
  body?: string;
  referTo?: ContactKey;
  summary?: string;
  formalCare?: boolean;
}

interface DemoQuestion {
  daysAgo: number;
  text: string;
  name: string;
  contactBy: NewQuestion['contactBy'];
  phone?: string;
  email?: string;
  buurt: string;
  urgency: NewQuestion['urgency'];
  channel?: NewQuestion['channel'];
  consentFor?: ContactKey;
  steps: Step[];
}

/** Questions in the words of the seeds' residents (seed 000 annex III, seed 002), with fictional people. */
const demoQuestions: readonly DemoQuestion[] = [
  {
    daysAgo: 0.1,
    text: 'Ik krijg steeds brieven van de belasting die ik niet snap. Kan iemand mij helpen met lezen?',
    name: 'Mevrouw Jansen (demo)',
    contactBy: 'phone',
    phone: '06 00 00 00 11',
    buurt: 'sterrenwijk',
    urgency: 'urgent',
    channel: 'phone',
    steps: [],
  },
  {
    daysAgo: 1,
    text: 'Ik ben net verhuisd naar Oudwijk en ken hier nog niemand. Waar kan ik andere mensen ontmoeten?',
    name: 'Tom (demo)',
    contactBy: 'email',
    email: 'tom.bewoner@wijkportaal.example',
    buurt: 'oudwijk',
    urgency: 'normal',
    steps: [],
  },
  {
    daysAgo: 4,
    text: 'Mijn buurman is slecht ter been. Hij krijgt zijn boodschappen niet meer gedaan en vraagt het niet graag.',
    name: 'Fatima (demo)',
    contactBy: 'walk_in',
    buurt: 'watervogelbuurt',
    urgency: 'soon',
    channel: 'walk_in',
    steps: [],
  },
  {
    daysAgo: 1.5,
    text: 'Ik heb schulden en durf de post niet meer open te maken. Mijn vriendin zei dat ik het hier kon vragen.',
    name: 'Sandra (demo)',
    contactBy: 'phone',
    phone: '06 00 00 00 12',
    buurt: 'sterrenwijk',
    urgency: 'soon',
    consentFor: 'buurtteam',
    steps: [
      {
        action: 'refer',
        hoursLater: 3,
        referTo: 'buurtteam',
        summary: 'Bewoonster met geldzorgen zoekt hulp bij post en schulden.',
        formalCare: true,
      },
    ],
  },
  {
    daysAgo: 12,
    text: 'Sinds mijn vrouw is overleden zit ik veel alleen thuis. Ik zou wel eens willen praten met iemand.',
    name: 'Meneer De Vries (demo)',
    contactBy: 'phone',
    phone: '06 00 00 00 13',
    buurt: 'abstede',
    urgency: 'normal',
    consentFor: 'buurtteam',
    steps: [
      {
        action: 'refer',
        hoursLater: 20,
        referTo: 'buurtteam',
        summary: 'Oudere man, weduwnaar, voelt zich eenzaam en wil praten.',
        formalCare: true,
      },
      { action: 'accept', hoursLater: 30 },
    ],
  },
  {
    daysAgo: 20,
    text: 'Wanneer is de inloop in Podium Oost open?',
    name: 'Ali (demo)',
    contactBy: 'email',
    email: 'ali.bewoner@wijkportaal.example',
    buurt: 'schildersbuurt',
    urgency: 'normal',
    steps: [
      {
        action: 'answer',
        hoursLater: 5,
        body: 'De inloop in Podium Oost is open op dinsdag en donderdag van 10.00 tot 12.00 uur. De koffie staat klaar.',
      },
    ],
  },
  {
    daysAgo: 45,
    text: 'Ik zorg voor mijn moeder en ik ben heel moe. Is er iemand die een middag kan oppassen?',
    name: 'Ingrid (demo)',
    contactBy: 'phone',
    phone: '06 00 00 00 14',
    buurt: 'wilhelminapark',
    urgency: 'soon',
    consentFor: 'nizu',
    steps: [
      {
        action: 'refer',
        hoursLater: 4,
        referTo: 'nizu',
        summary: 'Mantelzorger zoekt af en toe een vrijwilliger om op te passen.',
        formalCare: false,
      },
      { action: 'accept', hoursLater: 20 },
      { action: 'close_referral', hoursLater: 200, body: 'Een getrainde vrijwilliger komt nu elke donderdagmiddag.' },
    ],
  },
  {
    daysAgo: 70,
    text: 'Mijn zoon van 15 blijft de hele dag op zijn kamer en gaat niet meer naar school. Ik maak me zorgen.',
    name: 'Petra (demo)',
    contactBy: 'phone',
    phone: '06 00 00 00 15',
    buurt: 'lodewijk-napoleonplantsoen',
    urgency: 'soon',
    consentFor: 'gezond',
    steps: [
      {
        action: 'refer',
        hoursLater: 2,
        referTo: 'gezond',
        summary: 'Ouder maakt zich zorgen om zoon van 15 die niet naar school gaat.',
        formalCare: true,
      },
      { action: 'accept', hoursLater: 10 },
      { action: 'close_referral', hoursLater: 400, body: 'Er is een gesprek geweest en er is nu begeleiding via de huisarts.' },
    ],
  },
  {
    daysAgo: 100,
    text: 'Ik wil graag vrijwilligerswerk doen in de buurt. Waar kan ik me melden?',
    name: 'Jeroen (demo)',
    contactBy: 'email',
    email: 'jeroen.bewoner@wijkportaal.example',
    buurt: 'rubenslaan',
    urgency: 'normal',
    steps: [{ action: 'point', hoursLater: 30, body: 'Bij de Wijkcoöperatie zijn ze blij met nieuwe vrijwilligers.' }],
  },
  {
    daysAgo: 130,
    text: 'Is er in de buurt een plek waar kinderen kunnen spelen als het regent?',
    name: 'Sara (demo)',
    contactBy: 'email',
    email: 'sara.bewoner@wijkportaal.example',
    buurt: 'sterrenwijk',
    urgency: 'normal',
    steps: [
      {
        action: 'refer',
        hoursLater: 6,
        referTo: 'dock',
        summary: 'Ouder zoekt een binnenplek om te spelen voor kinderen.',
        formalCare: false,
      },
      { action: 'decline', hoursLater: 30, body: 'Dit kan de coördinator zelf beantwoorden: Speeltuin de Bloesem heeft een binnenruimte.' },
      { action: 'answer', hoursLater: 36, body: 'Speeltuin de Bloesem heeft een binnenruimte. Die is open op woensdagmiddag.' },
    ],
  },
];

const eventOf: Partial<Record<QuestionAction, EventKind>> = {
  answer: 'answered',
  point: 'pointed',
  refer: 'referred',
  accept: 'referral_accepted',
  decline: 'referral_declined',
  close_referral: 'referral_closed',
};

interface Stage {
  db: DbOrTx;
  districtId: string;
  buurten: Map<string, string>;
  contacts: Map<ContactKey, PartnerContact>;
  coordinator: string;
  volunteer: string | null;
  podiumOost: string | null;
  now: Date;
}

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** Verbal consent, written down by the coordinator an hour after the question came in. */
async function demoConsent(stage: Stage, id: string, key: ContactKey, createdAt: string): Promise<void> {
  const contact = stage.contacts.get(key);
  const at = hoursAfter(createdAt, 1);
  const consentId = await insertConsent(stage.db, {
    questionId: id,
    organizationIds: contact ? [contact.organizationId] : [],
    neighbourHelp: false,
    items: ['name', 'phone', 'question'],
    purpose: `${contact?.organizationName ?? ''} belt de bewoner om te helpen met de vraag`,
    how: 'verbal',
    status: 'given',
    validUntil: new Date(stage.now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
    recordedBy: stage.coordinator,
    createdAt: at,
    givenAt: at,
  });
  await insertEvent(stage.db, {
    questionId: id,
    at,
    kind: 'consent_recorded',
    actorUserId: stage.coordinator,
    data: { consentId, recipients: [contact?.organizationName ?? ''] },
    forResident: true,
  });
  await markFirstResponse(stage.db, id, at);
}

async function insertDemoQuestion(stage: Stage, d: DemoQuestion, createdAt: string): Promise<string> {
  const question = {
    districtId: stage.districtId,
    buurtId: stage.buurten.get(d.buurt) ?? null,
    reference: referenceFrom(randomBytes(5)),
    text: d.text,
    requesterName: d.name,
    contactBy: d.contactBy,
    phone: d.phone ?? null,
    email: d.email ?? null,
    street: null,
    walkInLocationId: d.contactBy === 'walk_in' ? stage.podiumOost : null,
    urgency: d.urgency,
    channel: d.channel ?? 'online',
    recordedBy: d.channel === undefined ? null : stage.volunteer,
    lang: 'nl' as const,
    createdAt,
  };
  const id = await insertQuestion(stage.db, question);
  await insertEvent(stage.db, { questionId: id, at: createdAt, kind: 'asked', actorUserId: question.recordedBy, forResident: true });
  if (d.consentFor !== undefined) await demoConsent(stage, id, d.consentFor, createdAt);
  return id;
}

type DemoReferral = { id: string; contact: PartnerContact } | null;

/** The referral side of a step: made, accepted, declined or closed with an outcome. */
async function referralStep(
  stage: Stage,
  id: string,
  d: DemoQuestion,
  step: Step,
  current: DemoReferral,
  at: string,
): Promise<DemoReferral> {
  const contact = step.referTo === undefined ? undefined : stage.contacts.get(step.referTo);
  if (step.action === 'refer' && contact) {
    const referralId = await insertReferral(stage.db, {
      questionId: id,
      districtId: stage.districtId,
      referredBy: stage.coordinator,
      summary: step.summary ?? '',
      formalCare: step.formalCare ?? false,
      createdAt: at,
      dueAt: responseDueAt(at, d.urgency),
      previousReferralId: null,
      contact,
    });
    return { id: referralId, contact };
  }
  if (current === null) return null;
  if (step.action === 'accept') await moveReferral(stage.db, current.id, 'pending', 'accepted', { respondedAt: at });
  if (step.action === 'decline')
    await moveReferral(stage.db, current.id, 'pending', 'declined', { respondedAt: at, declineReason: step.body ?? '' });
  if (step.action === 'close_referral')
    await moveReferral(stage.db, current.id, 'accepted', 'closed', { closedAt: at, outcome: step.body ?? '' });
  return current;
}

/** Plays the steps of a demo question through the same state machine as the app. */
async function play(stage: Stage, d: DemoQuestion): Promise<void> {
  const createdAt = new Date(stage.now.getTime() - d.daysAgo * 86_400_000).toISOString();
  const id = await insertDemoQuestion(stage, d, createdAt);
  let status: QuestionStatus = 'new';
  let referral: DemoReferral = null;
  for (const step of d.steps) {
    const at = hoursAfter(createdAt, step.hoursLater);
    const next = nextState(status, step.action);
    const kind = eventOf[step.action];
    if (next === null || kind === undefined) throw new Error(`demo question cannot ${step.action} when ${status}`);
    referral = await referralStep(stage, id, d, step, referral, at);
    const byReceiver = ['accept', 'decline', 'close_referral'].includes(step.action);
    const actor = byReceiver ? (referral?.contact.userId ?? null) : stage.coordinator;
    const about = referral && {
      referralId: referral.id,
      contactName: referral.contact.name,
      organizationName: referral.contact.organizationName,
    };
    const data = step.action === 'point' ? { entries: [{ name: 'Wijkcoöperatie Oost voor Elkaar', detail: '' }] } : (about ?? undefined);
    await moveQuestion(stage.db, id, status, next, at);
    await insertEvent(stage.db, { questionId: id, at, kind, actorUserId: actor, body: step.body ?? null, data, forResident: true });
    await markFirstResponse(stage.db, id, at);
    if (step.action === 'decline') referral = null;
    status = next.status;
  }
}

async function idOf(db: DbOrTx, email: string): Promise<string | null> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())?.id ?? null;
}

export async function seedDemoQuestions(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
  const now = deps.clock.now();
  const coordinator = await idOf(db, 'coordinator.oost@wijkportaal.example');
  if (coordinator === null) return;
  const buurten = new Map(
    (await db.selectFrom('buurten').select(['slug', 'id']).where('district_id', '=', oost.id).execute()).map((b) => [b.slug, b.id]),
  );
  const podium = await db
    .selectFrom('locations')
    .select('id')
    .where('district_id', '=', oost.id)
    .where('name', '=', 'Podium Oost')
    .executeTakeFirst();
  const stage: Stage = {
    db,
    districtId: oost.id,
    buurten,
    contacts: await seedContacts(db, oost.id, now.toISOString()),
    coordinator,
    volunteer: await idOf(db, 'vrijwilliger.oost@wijkportaal.example'),
    podiumOost: podium?.id ?? null,
    now,
  };
  for (const d of demoQuestions) await play(stage, d);
}
