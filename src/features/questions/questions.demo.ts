import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { findUserByEmail } from '../../platform/auth/auth.repository.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { findDistrictBySlug, listBuurten } from '../../platform/geography/geography.repository.ts';
import { placesOfDistrict } from '../guide/index.ts';
import { insertConsent } from './consent/consents.repository.ts';
import { insertEvent, type EventKind } from './question/events.repository.ts';
import { insertQuestion, markFirstResponse, moveQuestion } from './question/question.repository.ts';
import {
  channels,
  contactMethods,
  nextState,
  referenceFrom,
  responseDueAt,
  urgencies,
  type QuestionAction,
  type QuestionStatus,
} from './question/question.rules.ts';
import { seedDemoContacts, type DemoContact } from './referrals/contacts.demo.ts';
import { insertReferral, moveReferral } from './referrals/referrals.repository.ts';
import data from './questions.demo.json' with { type: 'json' };

/**
 * Demo questions in the words of the seeds' residents (seed 000 annex III, seed 002), with
 * fictional people, played through the same state machine as the app. The rows are in
 * `questions.demo.json`; the people they are referred to in `referrals/contacts.demo.json`.
 */
const step = z.object({
  action: z.enum(['answer', 'point', 'refer', 'accept', 'decline', 'close_referral']),
  hoursLater: z.number(),
  body: z.string().optional(),
  referTo: z.string().optional(),
  summary: z.string().optional(),
  formalCare: z.boolean().optional(),
});
const demoQuestions = z.array(
  z.object({
    daysAgo: z.number(),
    text: z.string(),
    name: z.string(),
    contactBy: z.enum(contactMethods),
    phone: z.string().optional(),
    email: z.string().optional(),
    buurt: z.string(),
    urgency: z.enum(urgencies),
    channel: z.enum(channels).optional(),
    /** The key of the demo contact whose organisation the resident consented to. */
    consentFor: z.string().optional(),
    steps: z.array(step),
  }),
);
type DemoQuestion = z.infer<typeof demoQuestions>[number];
type Step = z.infer<typeof step>;

interface Stage {
  db: DbOrTx;
  districtId: string;
  buurten: Map<string, string>;
  contacts: Map<string, DemoContact>;
  coordinator: string;
  volunteer: string | null;
  podiumOost: string | null;
  now: Date;
}

const eventOf: Record<Step['action'], EventKind> = {
  answer: 'answered',
  point: 'pointed',
  refer: 'referred',
  accept: 'referral_accepted',
  decline: 'referral_declined',
  close_referral: 'referral_closed',
};

const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** Verbal consent, written down by the coordinator an hour after the question came in. */
async function demoConsent(stage: Stage, id: string, key: string, createdAt: string): Promise<void> {
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
  const data = { consentId, recipients: [contact?.organizationName ?? ''] };
  await insertEvent(stage.db, { questionId: id, at, kind: 'consent_recorded', actorUserId: stage.coordinator, data, forResident: true });
  await markFirstResponse(stage.db, id, at);
}

async function insertDemoQuestion(stage: Stage, d: DemoQuestion, createdAt: string): Promise<string> {
  const recordedBy = d.channel === undefined ? null : stage.volunteer;
  const id = await insertQuestion(stage.db, {
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
    recordedBy,
    lang: 'nl',
    createdAt,
  });
  await insertEvent(stage.db, { questionId: id, at: createdAt, kind: 'asked', actorUserId: recordedBy, forResident: true });
  if (d.consentFor !== undefined) await demoConsent(stage, id, d.consentFor, createdAt);
  return id;
}

type DemoReferral = { id: string; contact: DemoContact } | null;

/** The referral side of a step: made, accepted, declined or closed with an outcome. */
async function referralStep(stage: Stage, id: string, d: DemoQuestion, s: Step, current: DemoReferral, at: string): Promise<DemoReferral> {
  const contact = s.referTo === undefined ? undefined : stage.contacts.get(s.referTo);
  if (s.action === 'refer' && contact) {
    const referralId = await insertReferral(stage.db, {
      questionId: id,
      districtId: stage.districtId,
      referredBy: stage.coordinator,
      summary: s.summary ?? '',
      formalCare: s.formalCare ?? false,
      createdAt: at,
      dueAt: responseDueAt(at, d.urgency),
      previousReferralId: null,
      contact,
    });
    return { id: referralId, contact };
  }
  if (current === null) return null;
  if (s.action === 'accept') await moveReferral(stage.db, current.id, 'pending', 'accepted', { respondedAt: at });
  if (s.action === 'decline')
    await moveReferral(stage.db, current.id, 'pending', 'declined', { respondedAt: at, declineReason: s.body ?? '' });
  if (s.action === 'close_referral')
    await moveReferral(stage.db, current.id, 'accepted', 'closed', { closedAt: at, outcome: s.body ?? '' });
  return current;
}

/** Plays the steps of a demo question through the same state machine as the app. */
async function play(stage: Stage, d: DemoQuestion): Promise<void> {
  const createdAt = new Date(stage.now.getTime() - d.daysAgo * 86_400_000).toISOString();
  const id = await insertDemoQuestion(stage, d, createdAt);
  let status: QuestionStatus = 'new';
  let referral: DemoReferral = null;
  for (const s of d.steps) {
    const at = hoursAfter(createdAt, s.hoursLater);
    const next = nextState(status, s.action satisfies QuestionAction);
    if (next === null) throw new Error(`demo question cannot ${s.action} when ${status}`);
    referral = await referralStep(stage, id, d, s, referral, at);
    const byReceiver = ['accept', 'decline', 'close_referral'].includes(s.action);
    const actor = byReceiver ? (referral?.contact.userId ?? null) : stage.coordinator;
    const about = referral && {
      referralId: referral.id,
      contactName: referral.contact.name,
      organizationName: referral.contact.organizationName,
    };
    const data = s.action === 'point' ? { entries: [{ name: 'Wijkcoöperatie Oost voor Elkaar', detail: '' }] } : (about ?? undefined);
    await moveQuestion(stage.db, id, status, next, at);
    await insertEvent(stage.db, {
      questionId: id,
      at,
      kind: eventOf[s.action],
      actorUserId: actor,
      body: s.body ?? null,
      data,
      forResident: true,
    });
    await markFirstResponse(stage.db, id, at);
    if (s.action === 'decline') referral = null;
    status = next.status;
  }
}

export async function seedDemoQuestions(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const oost = await findDistrictBySlug(db, 'oost');
  const coordinator = await findUserByEmail(db, 'coordinator.oost@wijkportaal.example');
  if (oost === undefined || coordinator === undefined) return;
  const now = deps.clock.now();
  const stage: Stage = {
    db,
    districtId: oost.id,
    buurten: new Map((await listBuurten(db, oost.id)).map((b) => [b.slug, b.id])),
    contacts: await seedDemoContacts(db, oost.id, now.toISOString()),
    coordinator: coordinator.id,
    volunteer: (await findUserByEmail(db, 'vrijwilliger.oost@wijkportaal.example'))?.id ?? null,
    podiumOost: (await placesOfDistrict(db, oost.id)).find((p) => p.name === 'Podium Oost')?.id ?? null,
    now,
  };
  for (const d of demoQuestions.parse(data)) await play(stage, d);
}
