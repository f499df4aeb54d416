import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import type { HelpRequest } from '../lifecycle/requests.repository.ts';
import { talentKinds, type Frequency, type Talent } from '../shared/talents.rules.ts';
import { slotsOf, type Day, type DayPart } from '../shared/time.rules.ts';

export type Source = 'online' | 'phone' | 'walk_in' | 'question' | 'api' | 'activity';

/** A new request: what the requester asked, where, and who recorded it. */
export type NewHelpRequest = Pick<
  HelpRequest,
  | 'districtId'
  | 'buurtId'
  | 'kind'
  | 'talent'
  | 'what'
  | 'frequency'
  | 'estimatedMinutes'
  | 'wishedSlots'
  | 'wishedTime'
  | 'meetingPlaceId'
  | 'requesterName'
  | 'phone'
  | 'email'
  | 'street'
  | 'questionId'
> & { source: Source; createdBy: string | null };

/** Minutes from the duration field; "longer" is one minute over what a service may take, so the rule speaks. */
export function minutesOf(value: number | 'meer' | null, rules: HouseRules): number | null {
  return value === 'meer' ? rules.maxServiceMinutes + 1 : value;
}

/** What the request form (online or at the desk) asks. */
export interface RequestAnswers {
  name: string;
  phone: string | null;
  email: string | null;
  street: string | null;
  talent: Talent;
  what: string;
  frequency: Frequency;
  duration: number | 'meer' | null;
  days: Day[];
  parts: DayPart[];
  wishedTime: string | null;
  meetingPlace: string | null;
}

export function intakeOf(
  answers: RequestAnswers,
  where: { districtId: string; buurtId: string; rules: HouseRules },
  who: { source: Source; createdBy: string | null },
): NewHelpRequest {
  return {
    districtId: where.districtId,
    buurtId: where.buurtId,
    kind: talentKinds[answers.talent],
    talent: answers.talent,
    what: answers.what,
    frequency: answers.frequency,
    estimatedMinutes: minutesOf(answers.duration, where.rules),
    wishedSlots: slotsOf(answers.days, answers.parts),
    wishedTime: answers.wishedTime,
    meetingPlaceId: answers.meetingPlace,
    requesterName: answers.name,
    phone: answers.phone,
    email: answers.email,
    street: answers.street,
    source: who.source,
    questionId: null,
    createdBy: who.createdBy,
  };
}

/** The field of the request form a refusal is about; the rest go to the top of the form. */
export const intakeFieldOf: Readonly<Record<string, string>> = {
  'help.refusal.unknownBuurt': 'buurt',
  'help.rule.maxDuration': 'duration',
  'help.rule.largeJob': 'duration',
  'help.refusal.contactNeeded': 'phone',
  'help.refusal.talentKind': 'talent',
  'help.refusal.unknownMeetingPlace': 'meetingPlace',
  'help.rule.buddyNeedsPlace': 'meetingPlace',
};
