import { describe, expect, it } from 'vitest';
import { isAvailable, refuseMatch, refuseStudent, suggestStudents, weeksLeft } from './students.rules.ts';

const student = (name: string, periodStart: string, periodEnd: string, hoursPerWeek = 4) => ({
  name,
  periodStart,
  periodEnd,
  hoursPerWeek,
});
const today = '2026-12-02';

describe('the student pool', () => {
  it('knows who is there today', () => {
    expect(isAvailable(student('A', '2026-09-01', '2027-01-31'), today)).toBe(true);
    expect(isAvailable(student('B', '2027-02-01', '2027-06-30'), today)).toBe(false);
    expect(isAvailable(student('C', '2026-02-01', '2026-06-30'), today)).toBe(false);
  });

  it('refuses a period that ends before it starts or is over', () => {
    expect(refuseStudent(student('A', '2027-02-01', '2027-01-01'), today)?.code).toBe('cooperative.student.periodOrder');
    expect(refuseStudent(student('A', '2026-01-01', '2026-06-30'), today)?.code).toBe('cooperative.student.periodOver');
    expect(refuseStudent(student('A', '2027-02-01', '2027-06-30'), today)).toBeNull();
  });

  it('matches a long need only to a student who is there for some weeks more', () => {
    expect(weeksLeft({ periodEnd: '2026-12-16' }, today)).toBe(2);
    expect(refuseMatch(student('A', '2026-09-01', '2026-12-16'), today)).toBeNull();
    expect(refuseMatch(student('A', '2026-09-01', '2026-12-10'), today)?.code).toBe('cooperative.student.tooShort');
    expect(refuseMatch(student('A', '2027-02-01', '2027-06-30'), today)?.code).toBe('cooperative.student.notAvailable');
  });

  it('offers the students with most hours first, then the longest left', () => {
    const offered = suggestStudents(
      [
        student('Later', '2027-02-01', '2027-06-30', 8),
        student('Weinig', '2026-09-01', '2027-06-30', 2),
        student('Kort', '2026-09-01', '2027-01-31', 6),
        student('Lang', '2026-09-01', '2027-06-30', 6),
      ],
      today,
    );
    expect(offered.map((s) => s.name)).toEqual(['Lang', 'Kort', 'Weinig']);
  });
});
