import { describe, expect, it } from 'vitest';
import { mailScope } from './mails.rules.ts';

const role = (r: 'administrator' | 'coordinator', districtId: string | null) => ({
  role: r,
  districtId,
  buurtId: null,
  organizationId: null,
});

describe('mailScope', () => {
  it('gives an administrator of every district all mails, others the districts they administer', () => {
    expect(mailScope([role('administrator', null)])).toBe('all');
    expect(mailScope([role('administrator', 'oost'), role('coordinator', 'overvecht')])).toEqual(['oost']);
    expect(mailScope([role('coordinator', null), role('coordinator', 'oost')])).toBeNull();
    expect(mailScope([])).toBeNull();
  });
});
