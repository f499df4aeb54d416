import { describe, expect, it } from 'vitest';
import { assignableRoles, districtsOf, hasRole, scopeKey, type RoleAssignment } from './roles.rules.ts';

const oost = 'district-oost';
const overvecht = 'district-overvecht';
const sterrenwijk = 'buurt-sterrenwijk';
const oudwijk = 'buurt-oudwijk';

const assignment = (over: Partial<RoleAssignment>): RoleAssignment => ({
  role: 'coordinator',
  districtId: oost,
  buurtId: null,
  organizationId: null,
  ...over,
});

describe('hasRole', () => {
  it('lets a coordinator of Oost act in Oost but not in Overvecht', () => {
    const mine = [assignment({})];
    expect(hasRole(mine, ['coordinator'], { districtId: oost })).toBe(true);
    expect(hasRole(mine, ['coordinator'], { districtId: overvecht })).toBe(false);
  });

  it('does not confuse roles', () => {
    expect(hasRole([assignment({ role: 'volunteer' })], ['coordinator', 'administrator'], { districtId: oost })).toBe(false);
  });

  it('keeps a buurt coordinator to their buurt', () => {
    const mine = [assignment({ buurtId: sterrenwijk })];
    expect(hasRole(mine, ['coordinator'], { districtId: oost, buurtId: sterrenwijk })).toBe(true);
    expect(hasRole(mine, ['coordinator'], { districtId: oost, buurtId: oudwijk })).toBe(false);
    expect(hasRole(mine, ['coordinator'], { districtId: oost })).toBe(true);
  });

  it('lets a district-wide coordinator act in every buurt', () => {
    expect(hasRole([assignment({})], ['coordinator'], { districtId: oost, buurtId: oudwijk })).toBe(true);
  });

  it('keeps a partner contact to their organisation', () => {
    const mine = [assignment({ role: 'partner_contact', organizationId: 'dock' })];
    expect(hasRole(mine, ['partner_contact'], { districtId: oost, organizationId: 'dock' })).toBe(true);
    expect(hasRole(mine, ['partner_contact'], { districtId: oost, organizationId: 'buurtteam' })).toBe(false);
  });

  it('treats a city-wide administrator as administrator of every district', () => {
    const mine = [assignment({ role: 'administrator', districtId: null })];
    expect(hasRole(mine, ['administrator'], { districtId: overvecht })).toBe(true);
    expect(hasRole(mine, ['coordinator'], { districtId: overvecht })).toBe(false);
  });

  it('grants nothing without assignments', () => {
    expect(hasRole([], ['resident'], { districtId: oost })).toBe(false);
  });
});

describe('districtsOf', () => {
  it('lists the districts of someone', () => {
    expect(districtsOf([assignment({}), assignment({ role: 'volunteer' }), assignment({ districtId: overvecht })])).toEqual([
      oost,
      overvecht,
    ]);
    expect(districtsOf([assignment({ role: 'administrator', districtId: null })])).toBe('all');
  });
});

describe('assignableRoles', () => {
  it('lets only administrators assign, and only city-wide ones create administrators', () => {
    expect(assignableRoles([assignment({})], oost)).toEqual([]);
    expect(assignableRoles([assignment({ role: 'administrator' })], oost)).not.toContain('administrator');
    expect(assignableRoles([assignment({ role: 'administrator', districtId: null })], oost)).toContain('administrator');
    expect(assignableRoles([assignment({ role: 'administrator' })], overvecht)).toEqual([]);
  });
});

describe('scopeKey', () => {
  it('makes one key per role and scope, also when parts are empty', () => {
    expect(scopeKey(assignment({}))).toBe(`coordinator:${oost}:*:*`);
    expect(scopeKey(assignment({ role: 'administrator', districtId: null }))).toBe('administrator:*:*:*');
  });
});
