/**
 * The house rules of neighbour help ("Spelregels wijkmatching Oost voor Elkaar", seed 004),
 * as pure functions over the cooperative's configuration. Every refusal names a catalog
 * key that says the rule in words and what to do instead.
 */
import { inHomeTalents, talentFits, talentKinds, type Frequency, type Kind, type Talent } from '../shared/talents.rules.ts';

/** One cooperative's house rules (a row per district). */
export interface HouseRules {
  cooperativeName: string;
  schemeName: string;
  oddJobFeeCents: number;
  maxServiceMinutes: number;
  oneAtATime: boolean;
  feedbackDays: number;
  reminderDays: number;
  networkCheckRequired: boolean;
  vogRequiredForHomeVisits: boolean;
  manyJobsCount: number;
  manyJobsDays: number;
  studentsForLongRunning: boolean;
  studentDesk: string;
  socialEntrepreneurs: string[];
  contactEmail: string;
  /**
   * The kinds of help (talents) that ask a VOG, as the board or a coordinator set them; not
   * part of an adopted version, but joined in when the rules are read. Absent: the switch
   * `vogRequiredForHomeVisits` decides for the help given inside someone's home.
   */
  vogTalents?: readonly Talent[];
  /** How many months a VOG counts from its date, joined in like `vogTalents`; null or absent: no end. */
  vogValidMonths?: number | null;
}

/** The values of seed 004, where a cooperative that sets up neighbour help starts from. */
export const seedRules: HouseRules = {
  cooperativeName: '',
  schemeName: '',
  oddJobFeeCents: 450,
  maxServiceMinutes: 120,
  oneAtATime: true,
  feedbackDays: 7,
  reminderDays: 2,
  networkCheckRequired: true,
  vogRequiredForHomeVisits: true,
  manyJobsCount: 3,
  manyJobsDays: 30,
  studentsForLongRunning: true,
  studentDesk: '',
  socialEntrepreneurs: [],
  contactEmail: '',
};

export type Verdict = { ok: true } | { ok: false; rule: string };
const ok: Verdict = { ok: true };
const refuse = (rule: string): Verdict => ({ ok: false, rule });

/** "Een dienst duurt maximaal 2 uur"; a longer odd job is a large job for the social entrepreneurs. */
export function checkDuration(rules: HouseRules, kind: Kind, minutes: number | null): Verdict {
  if (minutes === null || minutes <= rules.maxServiceMinutes) return ok;
  return refuse(kind === 'odd_job' ? 'help.rule.largeJob' : 'help.rule.maxDuration');
}

export interface IntakeFacts {
  kind: Kind;
  talent: Talent | null;
  estimatedMinutes: number | null;
  phone: string | null;
  email: string | null;
  street: string | null;
}

/** What every new request must satisfy, however it comes in (online, by a coordinator, from a question). */
export function checkIntake(rules: HouseRules, facts: IntakeFacts): Verdict {
  if (facts.talent !== null && talentKinds[facts.talent] !== facts.kind) return refuse('help.refusal.talentKind');
  if (facts.phone === null && facts.email === null && facts.street === null) return refuse('help.refusal.contactNeeded');
  return checkDuration(rules, facts.kind, facts.estimatedMinutes);
}

export interface MatchFacts {
  kind: Kind;
  frequency: Frequency;
  estimatedMinutes: number | null;
  networkAnswer: string | null;
  meetingPlaceId: string | null;
  /** Other odd jobs of this requester within the cooperative's period. */
  recentOddJobs: number;
}

/** Whether the request may be matched at all, or must go elsewhere first. */
export function checkMatchable(rules: HouseRules, facts: MatchFacts): Verdict {
  const duration = checkDuration(rules, facts.kind, facts.estimatedMinutes);
  if (!duration.ok) return duration;
  if (facts.frequency === 'long_running' && rules.studentsForLongRunning) return refuse('help.rule.longRunning');
  if (facts.kind === 'odd_job') {
    if (facts.networkAnswer === 'network_can') return refuse('help.rule.networkCan');
    if (rules.networkCheckRequired && facts.networkAnswer === null) return refuse('help.rule.networkCheck');
    if (facts.recentOddJobs >= rules.manyJobsCount) return refuse('help.rule.manyJobs');
  }
  if (facts.kind === 'buddy' && facts.meetingPlaceId === null) return refuse('help.rule.buddyNeedsPlace');
  return ok;
}

/** The kinds of help that ask a VOG: as set per kind, or else every kind inside someone's home when the house rules say so. */
export function vogTalentsOf(rules: HouseRules): readonly Talent[] {
  return rules.vogTalents ?? (rules.vogRequiredForHomeVisits ? inHomeTalents : []);
}

/**
 * Whether this kind of help asks a VOG of the volunteer. A request is matched only after
 * its check, which settles the talent.
 */
export function needsVog(rules: HouseRules, talent: Talent | null): boolean {
  return talent !== null && vogTalentsOf(rules).includes(talent);
}

export interface VolunteerFacts {
  active: boolean;
  talents: readonly Talent[];
  vogOnFile: boolean;
}

export function checkVolunteer(rules: HouseRules, request: { kind: Kind; talent: Talent | null }, volunteer: VolunteerFacts): Verdict {
  if (!volunteer.active) return refuse('help.refusal.volunteerPaused');
  if (!talentFits(request.kind, request.talent, volunteer.talents)) return refuse('help.refusal.talentMismatch');
  if (needsVog(rules, request.talent) && !volunteer.vogOnFile) return refuse('help.rule.vog');
  return ok;
}

/** The hourly fee for the kind of help: odd jobs cost the cooperative's fee, free services nothing, ever. */
export function feeRateFor(rules: HouseRules, kind: Kind): number {
  return kind === 'odd_job' ? rules.oddJobFeeCents : 0;
}

/**
 * The fee for an odd job, in whole cents: rate × minutes / 60, rounded to 5 cents because it
 * is paid in cash (Dutch cash rounding). Integer arithmetic only, so no floating-point drift.
 */
export function oddJobFee(rateCents: number, minutes: number): number {
  const unit = 60 * 5;
  return Math.floor((2 * rateCents * minutes + unit) / (2 * unit)) * 5;
}

export type DoneVerdict = { ok: true; feeCents: number } | { ok: false; rule: string };

/** A report of help given: within the maximum length, and a fee only where the rules ask one. */
export function checkDoneReport(
  rules: HouseRules,
  request: { kind: Kind; feeRateCents: number },
  report: { minutes: number; feePaid: boolean },
): DoneVerdict {
  const duration = checkDuration(rules, request.kind, report.minutes);
  if (!duration.ok) return duration;
  if (request.kind !== 'odd_job') return report.feePaid ? { ok: false, rule: 'help.rule.freeServicesFree' } : { ok: true, feeCents: 0 };
  return { ok: true, feeCents: oddJobFee(request.feeRateCents, report.minutes) };
}

const DAY_MS = 86_400_000;

/** "Binnen een week terugkoppeling aan hulpvrager": the moment the requester must have heard back by. */
export function feedbackDueAt(createdAt: Date, rules: HouseRules): Date {
  return new Date(createdAt.getTime() + rules.feedbackDays * DAY_MS);
}

export type FeedbackState = 'met' | 'open' | 'near' | 'overdue';

/** Where a request stands against the feedback deadline; ended requests count as met. */
export function feedbackState(
  request: { heardBackAt: string | null; feedbackDueAt: string; ended: boolean },
  rules: HouseRules,
  now: Date,
): FeedbackState {
  if (request.heardBackAt !== null || request.ended) return 'met';
  const due = Date.parse(request.feedbackDueAt);
  if (now.getTime() >= due) return 'overdue';
  return now.getTime() >= due - rules.reminderDays * DAY_MS ? 'near' : 'open';
}

/** The start of the period in which earlier odd jobs count towards "many jobs". */
export function manyJobsSince(now: Date, rules: HouseRules): Date {
  return new Date(now.getTime() - rules.manyJobsDays * DAY_MS);
}

/** A version of the house rules, in force from a day until the next version. */
export interface RulesVersion {
  inForceFrom: string;
  adoptedAt: string;
  rules: HouseRules;
}

/**
 * The version in force on a day: the one with the latest start on or before it (of two on
 * the same day, the later adopted). A day before the first version gets the first: those
 * rules applied already, the board only began keeping versions then.
 */
export function versionInForce<V extends RulesVersion>(versions: readonly V[], day: string): V | undefined {
  const ordered = [...versions].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom) || a.adoptedAt.localeCompare(b.adoptedAt));
  return ordered.filter((v) => v.inForceFrom <= day).at(-1) ?? ordered[0];
}
