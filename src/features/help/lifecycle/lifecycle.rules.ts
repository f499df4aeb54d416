/**
 * The life of a help request: new → checked → matching → matched → done → heard back →
 * closed, or it ends early as withdrawn, declined (with a reason) or referred elsewhere.
 */
export const statuses = [
  'new',
  'checked',
  'matching',
  'matched',
  'done',
  'heard_back',
  'closed',
  'withdrawn',
  'declined',
  'referred',
] as const;
export type Status = (typeof statuses)[number];

export type Action =
  | 'check'
  | 'networkCheck'
  | 'propose'
  | 'accept'
  | 'volunteerDecline'
  | 'done'
  | 'heardBack'
  | 'close'
  | 'withdraw'
  | 'decline'
  | 'refer'
  | 'handBack'
  | 'feePaid';

const beforeMatch: readonly Status[] = ['new', 'checked', 'matching'];
const open: readonly Status[] = [...beforeMatch, 'matched'];

const allowedFrom: Record<Action, readonly Status[]> = {
  check: ['new', 'checked'],
  networkCheck: beforeMatch,
  propose: ['checked', 'matching'],
  accept: ['matching'],
  volunteerDecline: ['matching'],
  done: ['matched'],
  heardBack: [...open, 'done'],
  close: ['done', 'heard_back'],
  withdraw: open,
  decline: beforeMatch,
  refer: beforeMatch,
  /** The students (Wijkleerhuis) give a referred need back to the desk, with a reason: never a silent end. */
  handBack: ['referred'],
  feePaid: ['done', 'heard_back', 'closed'],
};

const endOf: Partial<Record<Action, Status>> = {
  check: 'checked',
  propose: 'matching',
  accept: 'matched',
  done: 'done',
  close: 'closed',
  withdraw: 'withdrawn',
  decline: 'declined',
  refer: 'referred',
  handBack: 'new',
};

export interface RequestState {
  status: Status;
  kind: string;
  heardBackAt: string | null;
  openProposalId: string | null;
  feePaid: boolean;
}

/** Extra conditions of some steps, beyond the status they start from. */
const conditions: Partial<Record<Action, (r: RequestState) => string | null>> = {
  propose: (r) => (r.openProposalId !== null ? 'help.refusal.alreadyProposed' : null),
  heardBack: (r) => (r.heardBackAt !== null ? 'help.refusal.wrongStep' : null),
  close: (r) => (r.heardBackAt === null ? 'help.refusal.heardBackFirst' : null),
  networkCheck: (r) => (r.kind !== 'odd_job' ? 'help.refusal.wrongStep' : null),
  feePaid: (r) => (r.kind !== 'odd_job' || r.feePaid ? 'help.refusal.wrongStep' : null),
};

/** Whether this step can be taken now; the refusal key says why not. */
export function stepAllowed(action: Action, request: RequestState): { ok: true } | { ok: false; rule: string } {
  if (!allowedFrom[action].includes(request.status)) return { ok: false, rule: 'help.refusal.wrongStep' };
  const problem = conditions[action]?.(request) ?? null;
  return problem === null ? { ok: true } : { ok: false, rule: problem };
}

/** The status after the step; hearing back after the help was done is a step of its own. */
export function statusAfter(action: Action, current: Status): Status {
  if (action === 'heardBack') return current === 'done' ? 'heard_back' : current;
  return endOf[action] ?? current;
}

/** Once the help is done or the request ended, the requester may ask again ("één dienst per keer"). */
export function releasesRequester(status: Status): boolean {
  return !open.includes(status);
}

export function isEnded(status: Status): boolean {
  return ['closed', 'withdrawn', 'declined', 'referred'].includes(status);
}

export function isStatus(value: string): value is Status {
  return (statuses as readonly string[]).includes(value);
}

export const declineReasons = ['network', 'not_practical', 'no_volunteer', 'other'] as const;
export const referralKinds = ['social_entrepreneur', 'students', 'other'] as const;

/**
 * What the requester's page may say about hearing back (issue 10.10): a promised date only
 * while it is still ahead and nobody has been found yet; once it has passed, that it has,
 * never "you will hear by" a day gone by; nothing once a volunteer is found or it ended.
 */
export function deadlineNote(request: { status: string; feedbackDueAt: string }, now: Date): 'ahead' | 'passed' | null {
  if (!['new', 'checked', 'matching'].includes(request.status)) return null;
  return now.getTime() < Date.parse(request.feedbackDueAt) ? 'ahead' : 'passed';
}
