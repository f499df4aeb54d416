import { hasRole, type Role, type RoleAssignment, type Scope } from './roles.rules.ts';

/**
 * What a role or named function may do, one right per task the seeds name. Guards and
 * feature rules ask for a right, never for a list of roles, so a function gets exactly the
 * rights of its tasks and the role × district × action matrix is tested in one place.
 */
export const rights = [
  /** Take in, triage and refer residents' questions (the wijkinformatiepunt, the buurt's first contact). */
  'questions.desk',
  /** Take in a neighbour-help request for a resident. */
  'help.intake',
  /** Follow up neighbour-help requests: network check, match, hear back, close. */
  'help.desk',
  /** Keep the volunteers: VOG, pausing, appreciation. */
  'help.team',
  /** Edit every guide entry of the district. */
  'guide.edit',
  /** Record a conversation with a resident along the core questions (seed 000 annex II). */
  'conversation.record',
  /** Convene a case meeting (MDO) on a resident's question (seed 000 §8). */
  'case.convene',
  /** Prepare the steering group: meetings, wijkagenda, bottlenecks, figures (seed 000 annex VI). */
  'pact.coordinate',
  /** Keep Thuis in je Wijk's core team, action plan and work groups (seed 003 §4). */
  'pact.action_plan',
  /** Find people in the cooperative's pools by talent and buurt, and match them to a project's call (seed 004). */
  'pools.search',
  /** Keep the student pool and take on long-running needs referred by neighbour help (Wijkleerhuis / buurtcampus). */
  'students.coordinate',
] as const;
export type Right = (typeof rights)[number];

const rightsOf: Record<Role, readonly Right[]> = {
  resident: [],
  volunteer: [],
  partner_contact: [],
  steering_member: [],
  /** Edits and publishes the district's stories; rights of its own in the stories feature. */
  editor: [],
  /** The cooperative's members and boards act in the cooperative feature, by its own rules. */
  member: [],
  general_board: [],
  daily_board: [],
  administrator: ['guide.edit'],
  professional: ['conversation.record', 'case.convene'],
  /** The coordinator of the cooperative's volunteer support: the desk, the team and the guide. */
  coordinator: [
    'questions.desk',
    'help.intake',
    'help.desk',
    'help.team',
    'guide.edit',
    'conversation.record',
    'pact.coordinate',
    'pact.action_plan',
    'pools.search',
  ],
  /** Seed 004: first contact in street or buurt, activates and connects residents, refers when needed. */
  buurt_assistant: ['questions.desk', 'help.intake', 'help.desk', 'conversation.record'],
  /** Seed 004 "Wijkinformatiepunt": answers questions, takes requests in, keeps the guide current. */
  information_point: ['questions.desk', 'help.intake', 'guide.edit', 'conversation.record'],
  /** Seed 000 annex VI: prepares the steering group; never about individual clients. */
  pact_coordinator: ['pact.coordinate'],
  /** Seed 003 §4: makes the action plan and supports the core team; per Thuis in je Wijk district. */
  kwartiermaker: ['pact.action_plan'],
  /** Seed 004: coordinates one service (its requests), for a volunteer's fee. */
  coordinating_volunteer: ['help.desk'],
  /** Seed 004 "Voor langdurige vragen worden studenten ingezet … Wijkleerhuis": the students and their queue only. */
  student_coordinator: ['students.coordinate'],
};

/** The roles that carry a right. */
export function rolesWith(right: Right): Role[] {
  return (Object.keys(rightsOf) as Role[]).filter((role) => rightsOf[role].includes(right));
}

/** Whether one of the assignments gives the right for this scope (district, and buurt or service when given). */
export function may(assignments: readonly RoleAssignment[], right: Right, scope: Scope): boolean {
  return hasRole(assignments, rolesWith(right), scope);
}

/** Where in a district someone has the right: the whole district, or some buurten (empty: nowhere). */
export function buurtenWith(assignments: readonly RoleAssignment[], right: Right, districtId: string): 'all' | Set<string> {
  const own = assignments.filter((a) => rightsOf[a.role].includes(right) && (a.districtId === null || a.districtId === districtId));
  if (own.some((a) => a.buurtId === null)) return 'all';
  return new Set(own.flatMap((a) => (a.buurtId === null ? [] : [a.buurtId])));
}

/** Which services someone with the right covers in a district: all, or those of their assignments. */
export function servicesWith(assignments: readonly RoleAssignment[], right: Right, districtId: string): 'all' | Set<string> {
  const own = assignments.filter((a) => rightsOf[a.role].includes(right) && (a.districtId === null || a.districtId === districtId));
  if (own.some((a) => (a.service ?? null) === null)) return 'all';
  return new Set(own.flatMap((a) => (a.service == null ? [] : [a.service])));
}

/** Roles that only make sense for one buurt (seed 004: the buurt assistant is the buurt's first contact). */
export function needsBuurt(role: Role): boolean {
  return role === 'buurt_assistant';
}
