/**
 * The student pool of the Wijkleerhuis / buurtcampus (seed 004: "Voor langdurige vragen
 * worden studenten ingezet"; seed 000 §5: one coordination point for students in the wijk).
 */
export interface StudentPeriod {
  periodStart: string;
  periodEnd: string;
  hoursPerWeek: number;
}

export type Problem = { code: string; field: string; status: 409 | 422 } | null;

/** A student can take a need on only inside their period (dates as YYYY-MM-DD). */
export function isAvailable(s: StudentPeriod, today: string): boolean {
  return s.periodStart <= today && today <= s.periodEnd;
}

/** A new student: the period ends after it starts, and not in the past. */
export function refuseStudent(s: StudentPeriod, today: string): Problem {
  if (s.periodEnd < s.periodStart) return { code: 'cooperative.student.periodOrder', field: 'periodEnd', status: 422 };
  if (s.periodEnd < today) return { code: 'cooperative.student.periodOver', field: 'periodEnd', status: 422 };
  return null;
}

/** Matching a long-running need: the student must be there now, and for some weeks more (a long need is not done in days). */
const MIN_WEEKS_LEFT = 2;

export function refuseMatch(s: StudentPeriod, today: string): Problem {
  if (!isAvailable(s, today)) return { code: 'cooperative.student.notAvailable', field: 'student', status: 422 };
  if (weeksLeft(s, today) < MIN_WEEKS_LEFT) return { code: 'cooperative.student.tooShort', field: 'student', status: 422 };
  return null;
}

/** Whole weeks from today to the end of the period. */
export function weeksLeft(s: Pick<StudentPeriod, 'periodEnd'>, today: string): number {
  const days = (Date.parse(`${s.periodEnd}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.floor(days / 7));
}

/** The students to offer for a need: those who can take it on, most hours a week first, then the longest left. */
export function suggestStudents<T extends StudentPeriod & { name: string }>(students: readonly T[], today: string): T[] {
  return students
    .filter((s) => refuseMatch(s, today) === null)
    .sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || b.periodEnd.localeCompare(a.periodEnd) || a.name.localeCompare(b.name, 'nl'));
}
