import type { ActivityStatus } from '../agenda/activity.rules.ts';

/** What an organiser cancels: the whole activity (every date still to come), or one date (its start, a UTC instant). */
export type CancelTarget = { whole: true } | { whole: false; startsAt: string };

/** The form's choice: `all`, or the start of one date. */
export const targetOf = (what: string): CancelTarget => (what === 'all' ? { whole: true } : { whole: false, startsAt: what });

interface CancelProblem {
  code: string;
  field: 'what' | '_form';
  status: 409 | 422;
}

/**
 * Why this cannot be cancelled, or null. Only an activity in the agenda can be cancelled
 * (a pending one is changed or left, a cancelled one is cancelled already); a date must be
 * one of the activity's, still to come and not cancelled already; the whole activity needs
 * at least one date still to come.
 */
export function cancelProblem(
  state: { status: ActivityStatus; now: string; occurrences: readonly { startsAt: string; cancelled: boolean }[] },
  target: CancelTarget,
): CancelProblem | null {
  if (state.status === 'cancelled') return { code: 'activities.cancelling.already', field: '_form', status: 409 };
  if (state.status === 'pending') return { code: 'activities.cancelling.pending', field: '_form', status: 409 };
  if (target.whole) {
    const coming = state.occurrences.some((o) => o.startsAt > state.now);
    return coming ? null : { code: 'activities.cancelling.past', field: 'what', status: 422 };
  }
  const occurrence = state.occurrences.find((o) => o.startsAt === target.startsAt);
  if (occurrence === undefined) return { code: 'activities.cancelling.notADate', field: 'what', status: 422 };
  if (occurrence.startsAt <= state.now) return { code: 'activities.cancelling.past', field: 'what', status: 422 };
  if (occurrence.cancelled) return { code: 'activities.cancelling.dateAlready', field: 'what', status: 409 };
  return null;
}
