/** Seed 003 §3.3: the five strategic goals of Thuis in je Wijk. */
export const tijwGoals = [1, 2, 3, 4, 5] as const;

export interface LonglistActivity {
  /** "De manier van samenwerken is nieuw of anders dan voorheen." */
  newWayOfWorking: boolean;
  /** "Meerdere samenwerkingspartners uit verschillende sporen werken samen." */
  partnersFromSeveralTracks: boolean;
  goals: readonly number[];
}

export interface CriteriaCheck {
  newWayOfWorking: boolean;
  partnersFromSeveralTracks: boolean;
  /** "De activiteit draagt bij aan meerdere doelen van Thuis in je Wijk." */
  severalGoals: boolean;
  /** "De activiteit draagt bij aan het vijfde doel, de samenwerking op voet van gelijkwaardigheid." */
  fifthGoal: boolean;
}

/** Seed 003 §4.4: the four conditions an activity on the research longlist must meet. */
export function checkCriteria(activity: LonglistActivity): CriteriaCheck {
  return {
    newWayOfWorking: activity.newWayOfWorking,
    partnersFromSeveralTracks: activity.partnersFromSeveralTracks,
    severalGoals: new Set(activity.goals).size >= 2,
    fifthGoal: activity.goals.includes(5),
  };
}

/** An activity is eligible for the research only when all four hold. */
export function isEligible(activity: LonglistActivity): boolean {
  return Object.values(checkCriteria(activity)).every(Boolean);
}

/** What the coordinator or kwartiermaker keeps (seed 003 §4, annex 3), as the pages name them. */
export const tijwParts = ['kernteam', 'actie', 'werkgroep', 'longlist'] as const;
export type TijwPart = (typeof tijwParts)[number];

export const planStatuses = ['planned', 'running', 'done'] as const;
