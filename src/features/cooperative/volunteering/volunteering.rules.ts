import { EARLIEST_VOG_DATE } from '../../help/index.ts';

export type Problem = { code: string; field: string; status: 409 | 422 } | null;

/** Both must be accepted before anyone volunteers (seed 004: the flyer's liability notice, and the house rules). */
export function refuseSignUp(accepted: { liability: boolean; houseRules: boolean }): Problem {
  if (!accepted.liability) return { code: 'cooperative.volunteer.liabilityRequired', field: 'liability', status: 422 };
  if (!accepted.houseRules) return { code: 'cooperative.volunteer.houseRulesRequired', field: 'houseRules', status: 422 };
  return null;
}

/**
 * Activation comes after the intake conversation, and — where the kind of help asks for
 * it — after the coordinator saw a VOG; a VOG cannot be dated in the future or before 1990.
 */
export function refuseActivation(facts: { status: string; vogNeeded: boolean; vogDate: string | null; today: string }): Problem {
  if (facts.status !== 'waiting') return { code: 'cooperative.volunteer.alreadyActive', field: 'note', status: 409 };
  if (facts.vogDate !== null && facts.vogDate > facts.today)
    return { code: 'cooperative.volunteer.vogFuture', field: 'vogDate', status: 422 };
  if (facts.vogDate !== null && facts.vogDate < EARLIEST_VOG_DATE) return { code: 'help.vog.tooOld', field: 'vogDate', status: 422 };
  if (facts.vogNeeded && facts.vogDate === null) return { code: 'cooperative.volunteer.vogRequired', field: 'vogDate', status: 422 };
  return null;
}
