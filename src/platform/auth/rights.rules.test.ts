import { describe, expect, it } from 'vitest';
import { buurtenWith, may, needsBuurt, rights, servicesWith, type Right } from './rights.rules.ts';
import type { Role, RoleAssignment } from './roles.rules.ts';

const own = 'district-oost';
const other = 'district-overvecht';

const assignment = (role: Role, extra: Partial<RoleAssignment> = {}): RoleAssignment => ({
  role,
  districtId: own,
  buurtId: null,
  organizationId: null,
  ...extra,
});

/** Each named function and exactly the rights its tasks need, written out (seed 000 §7 and annex VI, seed 003 §4, seed 004). */
const expected: { role: Role; extra?: Partial<RoleAssignment>; rights: Right[] }[] = [
  {
    role: 'buurt_assistant',
    extra: { buurtId: 'sterrenwijk' },
    rights: ['questions.desk', 'help.intake', 'help.desk', 'conversation.record'],
  },
  { role: 'information_point', rights: ['questions.desk', 'help.intake', 'guide.edit', 'conversation.record'] },
  { role: 'pact_coordinator', rights: ['pact.coordinate'] },
  { role: 'kwartiermaker', rights: ['pact.action_plan'] },
  { role: 'coordinating_volunteer', extra: { service: 'odd_job' }, rights: ['help.desk'] },
];

describe('rights of the named functions', () => {
  for (const f of expected) {
    it.each(rights)(`${f.role}: %s in the own district only when its tasks need it`, (right) => {
      const roles = [assignment(f.role, f.extra)];
      expect(may(roles, right, { districtId: own })).toBe(f.rights.includes(right));
      expect(may(roles, right, { districtId: other })).toBe(false);
    });
  }

  it('keeps a buurt assistant to their buurt and a coordinating volunteer to their service', () => {
    const assistant = [assignment('buurt_assistant', { buurtId: 'sterrenwijk' })];
    expect(may(assistant, 'help.desk', { districtId: own, buurtId: 'sterrenwijk' })).toBe(true);
    expect(may(assistant, 'help.desk', { districtId: own, buurtId: 'oudwijk' })).toBe(false);
    expect(buurtenWith(assistant, 'questions.desk', own)).toEqual(new Set(['sterrenwijk']));
    const klussen = [assignment('coordinating_volunteer', { service: 'odd_job' })];
    expect(may(klussen, 'help.desk', { districtId: own, buurtId: 'oudwijk', service: 'odd_job' })).toBe(true);
    expect(may(klussen, 'help.desk', { districtId: own, buurtId: 'oudwijk', service: 'service' })).toBe(false);
    expect(servicesWith(klussen, 'help.desk', own)).toEqual(new Set(['odd_job']));
    expect(servicesWith([assignment('coordinator')], 'help.desk', own)).toBe('all');
    expect(needsBuurt('buurt_assistant')).toBe(true);
    expect(needsBuurt('coordinator')).toBe(false);
  });
});
