import { describe, expect, it } from 'vitest';
import { verbal as consent } from './consent.testing.ts';
import { personOf, receiverView } from './receiver-view.ts';

const now = new Date('2026-11-23T09:00:00Z');
const question = {
  requesterName: 'Bea',
  phone: '06 11 22 33 44',
  email: 'bea@voorbeeld.example',
  street: 'Dorpsstraat 1',
  text: 'Ik durf de post niet open te maken.',
};
const nothing = { name: null, phone: null, email: null, address: null, question: null };

describe('receiverView: what the receiving organisation of a referral may see of the resident', () => {
  it('shows exactly the items consented to, while the referral is live', () => {
    for (const status of ['pending', 'accepted'] as const) {
      const view = receiverView([consent()], question, { organizationId: 'buurtteam', status }, now);
      expect(view.travel).toEqual({ personal: true, items: ['name', 'phone'], consentIds: ['c1'], until: '2026-12-31' });
      expect(view.resident).toEqual({ ...nothing, name: 'Bea', phone: '06 11 22 33 44' });
    }
  });

  it('shows nothing of the resident without consent, to another organisation, or after withdrawal', () => {
    const cases = [
      { consents: [], organizationId: 'buurtteam', reason: 'no_consent' },
      { consents: [consent()], organizationId: 'dock', reason: 'other_organization' },
      {
        consents: [consent({ status: 'withdrawn', withdrawnAt: '2026-11-22T10:00:00.000Z' })],
        organizationId: 'buurtteam',
        reason: 'withdrawn',
      },
    ];
    for (const c of cases) {
      const view = receiverView(c.consents, question, { organizationId: c.organizationId, status: 'pending' }, now);
      expect(view).toEqual({ travel: { personal: false, reason: c.reason }, resident: nothing });
    }
  });

  it('shows nothing once the referral has ended, whatever the consent says', () => {
    for (const status of ['declined', 'retracted', 'cancelled', 'closed', 'scaled_up', 'scaled_down'] as const) {
      const view = receiverView([consent()], question, { organizationId: 'buurtteam', status }, now);
      expect(view).toEqual({ travel: { personal: false, reason: 'not_active' }, resident: nothing });
    }
  });

  it("takes the resident's data from the question: the street is the address, the text the question", () => {
    expect(personOf(question)).toEqual({
      name: 'Bea',
      phone: '06 11 22 33 44',
      email: 'bea@voorbeeld.example',
      address: 'Dorpsstraat 1',
      question: 'Ik durf de post niet open te maken.',
    });
    const all = consent({ items: ['name', 'phone', 'email', 'address', 'question'] });
    expect(receiverView([all], question, { organizationId: 'buurtteam', status: 'accepted' }, now).resident).toEqual(personOf(question));
  });
});
