import type { ConsentRecord } from './consent.rules.ts';

/** A verbal consent to the buurtteam for name and phone, given on 20 November and holding until the end of the year. */
export const verbal = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'c1',
  status: 'given',
  organizationIds: ['buurtteam'],
  neighbourHelp: false,
  items: ['name', 'phone'],
  purpose: 'Het buurtteam belt over hulp bij schulden',
  how: 'verbal',
  recordedBy: 'femke',
  givenAt: '2026-11-20T10:00:00.000Z',
  validUntil: '2026-12-31',
  withdrawnAt: null,
  ...over,
});
