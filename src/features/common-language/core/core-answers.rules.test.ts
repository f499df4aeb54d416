import { describe, expect, it } from 'vitest';
import { hasAnswers, invitationProblem } from './core-answers.rules.ts';

const none = { know: null, achieve: null, need: null, self: null, contribute: null, talent: null };
const reach = { name: 'Mevrouw Voorbeeld', email: null, phone: '06 0000 0000' };

describe('the good conversation', () => {
  it('counts any answer, and none', () => {
    expect(hasAnswers(none)).toBe(false);
    expect(hasAnswers({ ...none, self: 'Koken' })).toBe(true);
  });

  it('lets nothing travel without consent, whatever was answered', () => {
    expect(invitationProblem({ ...none, contribute: 'Voorlezen' }, false, { name: null, email: null, phone: null })).toBeNull();
  });

  it('invites with consent only on an offer, a name and a way to reach', () => {
    expect(invitationProblem(none, true, reach)?.field).toBe('coreContribute');
    expect(invitationProblem({ ...none, talent: 'Breien' }, true, { ...reach, name: null })?.field).toBe('name');
    expect(invitationProblem({ ...none, talent: 'Breien' }, true, { ...reach, phone: null })?.field).toBe('email');
    expect(invitationProblem({ ...none, talent: 'Breien' }, true, reach)).toBeNull();
  });
});
