/**
 * Seed 000 §8: "Gegevens over bewoners, cliënten of patiënten worden zonder hun toestemming
 * niet gedeeld." This file is the one place that decides what may travel to a receiver of
 * a referral or hand-over: `whatMayTravel`. What a referral's receiver sees of the resident
 * (page, API, mail) is `receiverView` beside it, which asks this rule.
 */

/** The pieces of personal data a consent can cover. */
export const dataItems = ['name', 'phone', 'email', 'address', 'question'] as const;
type DataItem = (typeof dataItems)[number];

export const consentStatuses = ['requested', 'given', 'refused', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/** Online by the resident on their status page, or verbally, written down by a named person. */
export const consentWays = ['online', 'verbal'] as const;
export type ConsentHow = (typeof consentWays)[number];

export interface ConsentRecord {
  id: string;
  status: ConsentStatus;
  organizationIds: readonly string[];
  neighbourHelp: boolean;
  items: readonly DataItem[];
  purpose: string;
  how: ConsentHow;
  recordedBy: string | null;
  givenAt: string | null;
  /** Last day it holds, YYYY-MM-DD in Europe/Amsterdam. */
  validUntil: string;
  withdrawnAt: string | null;
}

export type Recipient = { kind: 'organization'; organizationId: string } | { kind: 'neighbour_help' };

type NotShared = 'no_consent' | 'not_active' | 'other_organization' | 'requested' | 'refused' | 'incomplete' | 'expired' | 'withdrawn';

export type Travel = { personal: true; items: DataItem[]; consentIds: string[]; until: string } | { personal: false; reason: NotShared };

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Utrecht at this moment, YYYY-MM-DD. */
export function dayInAmsterdam(now: Date): string {
  return amsterdamDay.format(now);
}

function covers(consent: ConsentRecord, recipient: Recipient): boolean {
  return recipient.kind === 'neighbour_help' ? consent.neighbourHelp : consent.organizationIds.includes(recipient.organizationId);
}

/** Scope, how it was given and by whom must all be on record; a half-recorded consent is no consent. */
function isComplete(consent: ConsentRecord, now: Date): boolean {
  if (consent.items.length === 0 || consent.purpose.trim() === '') return false;
  if (consent.how === 'verbal') return consent.recordedBy !== null && consent.givenAt !== null;
  return consent.givenAt !== null && Date.parse(consent.givenAt) <= now.getTime();
}

function problemOf(consent: ConsentRecord, now: Date): NotShared | null {
  if (consent.status === 'withdrawn' || consent.withdrawnAt !== null) return 'withdrawn';
  if (consent.status === 'refused') return 'refused';
  if (consent.status === 'requested') return 'requested';
  if (!isComplete(consent, now)) return 'incomplete';
  if (dayInAmsterdam(now) > consent.validUntil) return 'expired';
  return null;
}

/** When nothing may travel, the reason that tells the people involved most. */
const reasonOrder: readonly NotShared[] = ['withdrawn', 'expired', 'refused', 'requested', 'incomplete'];

/**
 * What personal data may reach this recipient now. Only while the referral or hand-over is
 * active; only from consents that name the recipient, are complete, given, not withdrawn
 * and not past their last day. Several valid consents add up.
 */
export function whatMayTravel(consents: readonly ConsentRecord[], query: { recipient: Recipient; now: Date; active: boolean }): Travel {
  if (!query.active) return { personal: false, reason: 'not_active' };
  if (consents.length === 0) return { personal: false, reason: 'no_consent' };
  const relevant = consents.filter((c) => covers(c, query.recipient));
  if (relevant.length === 0) return { personal: false, reason: 'other_organization' };
  const valid = relevant.filter((c) => problemOf(c, query.now) === null);
  if (valid.length === 0) {
    const problems = new Set(relevant.map((c) => problemOf(c, query.now)));
    return { personal: false, reason: reasonOrder.find((r) => problems.has(r)) ?? 'no_consent' };
  }
  const items = dataItems.filter((item) => valid.some((c) => c.items.includes(item)));
  const until = valid.map((c) => c.validUntil).reduce((a, b) => (a > b ? a : b));
  return { personal: true, items, consentIds: valid.map((c) => c.id), until };
}

export interface PersonalData {
  name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  question: string | null;
}

/** Keeps only what may travel; everything else becomes null. */
export function shareable(person: PersonalData, travel: Travel): PersonalData {
  const allowed = (item: DataItem) => travel.personal && travel.items.includes(item);
  return {
    name: allowed('name') ? person.name : null,
    phone: allowed('phone') ? person.phone : null,
    email: allowed('email') ? person.email : null,
    address: allowed('address') ? person.address : null,
    question: allowed('question') ? person.question : null,
  };
}

/** Consent is asked for a clear period: at most a year ahead, and not in the past. */
const MAX_CONSENT_DAYS = 366;
const DEFAULT_CONSENT_DAYS = 90;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A new consent form starts as verbal, for the usual period. */
export function consentDefaults(now: Date): { validUntil: string; how: ConsentHow } {
  return { validUntil: addDays(dayInAmsterdam(now), DEFAULT_CONSENT_DAYS), how: 'verbal' };
}

export interface ConsentScope {
  organizationIds: readonly string[];
  neighbourHelp: boolean;
  validUntil: string;
}

/** Checks a proposed scope against the district's partners; a field and a catalog key, or null. */
export function scopeProblem(
  scope: ConsentScope,
  districtOrganizationIds: ReadonlySet<string>,
  now: Date,
): { field: 'organizations' | 'validUntil'; code: string } | null {
  if (scope.organizationIds.length === 0 && !scope.neighbourHelp) return { field: 'organizations', code: 'questions.consent.noRecipient' };
  if (scope.organizationIds.some((id) => !districtOrganizationIds.has(id)))
    return { field: 'organizations', code: 'questions.consent.unknownOrganization' };
  const today = dayInAmsterdam(now);
  if (scope.validUntil < today) return { field: 'validUntil', code: 'questions.consent.untilPast' };
  if (scope.validUntil > addDays(today, MAX_CONSENT_DAYS)) return { field: 'validUntil', code: 'questions.consent.untilTooFar' };
  return null;
}
