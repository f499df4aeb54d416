/**
 * The life of a question (seed 000: "het mag niet uitmaken waar iemand met een vraag als
 * eerste terecht komt"): asked, triaged by a coordinator, maybe referred to a named person
 * who accepts or declines, and closed with an outcome. Pure functions over plain data.
 */

export const questionStatuses = ['new', 'referred', 'accepted', 'closed', 'withdrawn'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

export const outcomes = ['answered', 'pointed', 'neighbour_help', 'referral_closed'] as const;
export type QuestionOutcome = (typeof outcomes)[number];

export const urgencies = ['normal', 'soon', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

/** How the resident wants to be reached. */
export const contactMethods = ['phone', 'email', 'visit', 'walk_in'] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** Where the question came in: online by the resident, or written down for them. */
export const channels = ['online', 'walk_in', 'phone', 'home_visit'] as const;
export type Channel = (typeof channels)[number];

export type QuestionAction =
  | 'answer'
  | 'point'
  | 'hand_over'
  | 'refer'
  | 'accept'
  | 'decline'
  | 'retract'
  | 'close_referral'
  | 'scale_up'
  | 'scale_down'
  | 'withdraw'
  | 'reopen'
  | 'message';

interface Transition {
  from: readonly QuestionStatus[];
  /** Absent: the status stays as it is. */
  to?: QuestionStatus;
  outcome?: QuestionOutcome;
}

const open: readonly QuestionStatus[] = ['new', 'referred', 'accepted'];

const transitions: Record<QuestionAction, Transition> = {
  answer: { from: ['new'], to: 'closed', outcome: 'answered' },
  point: { from: ['new'], to: 'closed', outcome: 'pointed' },
  hand_over: { from: ['new'], to: 'closed', outcome: 'neighbour_help' },
  refer: { from: ['new'], to: 'referred' },
  accept: { from: ['referred'], to: 'accepted' },
  // A declined or retracted referral goes back to triage: nothing is lost.
  decline: { from: ['referred'], to: 'new' },
  retract: { from: ['referred'], to: 'new' },
  close_referral: { from: ['accepted'], to: 'closed', outcome: 'referral_closed' },
  // Op- en afschalen (seed 000, annex II): both explicit steps of the professional.
  scale_up: { from: ['accepted'], to: 'referred' },
  scale_down: { from: ['accepted'], to: 'closed', outcome: 'neighbour_help' },
  withdraw: { from: open, to: 'withdrawn' },
  // A resident who writes again after the answer puts the question back in front of a coordinator.
  reopen: { from: ['closed'], to: 'new' },
  message: { from: open },
};

export interface NextState {
  status: QuestionStatus;
  outcome: QuestionOutcome | null;
}

/** The state after an action, or null when the action is not allowed in this state. */
export function nextState(status: QuestionStatus, action: QuestionAction): NextState | null {
  const t = transitions[action];
  if (!t.from.includes(status)) return null;
  const to = t.to ?? status;
  return { status: to, outcome: to === 'closed' ? (t.outcome ?? null) : null };
}

export function isOpen(status: QuestionStatus): boolean {
  return open.includes(status);
}

/**
 * How long a first response may take, by urgency. Seed 002: "mijn (zorg)vragen worden snel
 * en goed beantwoord"; the same window holds for accepting or declining a referral.
 */
const responseHours: Record<Urgency, number> = { urgent: 24, soon: 48, normal: 120 };

export function responseDueAt(from: string, urgency: Urgency): string {
  return new Date(Date.parse(from) + responseHours[urgency] * 3_600_000).toISOString();
}

export function isOverdue(dueAt: string, now: Date): boolean {
  return now.getTime() > Date.parse(dueAt);
}

/** A status link keeps working while the question is open and for 30 days after it ends. */
const STATUS_LINK_DAYS_AFTER_END = 30;

export type StatusLinkState = 'valid' | 'unknown' | 'expired';

export function statusLinkState(
  found: { revokedAt: string | null; closedAt: string | null; anonymisedAt: string | null; status: QuestionStatus } | undefined,
  now: Date,
): StatusLinkState {
  if (found === undefined) return 'unknown';
  if (found.revokedAt !== null || found.anonymisedAt !== null) return 'expired';
  if (isOpen(found.status) || found.closedAt === null) return 'valid';
  const end = Date.parse(found.closedAt) + STATUS_LINK_DAYS_AFTER_END * 86_400_000;
  return now.getTime() < end ? 'valid' : 'expired';
}

export function anonymiseBefore(now: Date, months: number): string {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

/** Letters and digits that cannot be mistaken for each other when read out on the phone. */
const referenceAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Turns random bytes into a reference such as `V-4K7M`. */
export function referenceFrom(bytes: Uint8Array): string {
  const chars = Array.from(bytes.slice(0, 5), (b) => referenceAlphabet[b % referenceAlphabet.length] ?? '2');
  return `V-${chars.join('')}`;
}

/** What a coordinator types to find a question: the reference, with or without the dash, any case. */
export function normaliseReference(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/[\s-]/g, '');
  const body = compact.startsWith('V') ? compact.slice(1) : compact;
  return /^[2-9A-HJ-NP-Z]{5}$/.test(body) ? `V-${body}` : null;
}
