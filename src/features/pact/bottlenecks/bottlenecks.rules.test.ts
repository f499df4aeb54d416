import { describe, expect, it } from 'vitest';
import { ageInDays, allowedActions, applyAction } from './bottlenecks.rules.ts';

const coordinator = { coordinate: true, steer: false };
const steering = { coordinate: true, steer: true };
const partner = { coordinate: false, steer: false };

describe('bottlenecks (seed 000 §10: what the coordinator cannot solve goes to the steering group)', () => {
  it('lets the coordinator take up, escalate or resolve an open bottleneck', () => {
    expect(allowedActions('open', coordinator)).toEqual(['take_up', 'escalate', 'resolve']);
    expect(applyAction('open', 'take_up', coordinator, '')).toEqual({ ok: true, status: 'in_progress' });
    expect(applyAction('in_progress', 'escalate', coordinator, 'Geen ruimte in de begroting')).toEqual({ ok: true, status: 'escalated' });
  });

  it('leaves an escalated bottleneck to the steering group', () => {
    expect(allowedActions('escalated', coordinator)).toEqual([]);
    expect(applyAction('escalated', 'resolve', coordinator, 'Opgelost')).toEqual({ ok: false, code: 'pact.bottleneck.steeringOnly' });
    expect(applyAction('escalated', 'resolve', steering, 'Budget gevonden')).toEqual({ ok: true, status: 'resolved' });
  });

  it('asks why it is escalated and how it was resolved', () => {
    expect(applyAction('open', 'escalate', coordinator, ' ')).toEqual({ ok: false, code: 'pact.bottleneck.escalate.noteRequired' });
    expect(applyAction('open', 'resolve', coordinator, '')).toEqual({ ok: false, code: 'pact.bottleneck.resolve.noteRequired' });
  });

  it('gives partners no steps, and nobody a step on a resolved bottleneck', () => {
    expect(allowedActions('open', partner)).toEqual([]);
    expect(allowedActions('resolved', steering)).toEqual([]);
    expect(applyAction('resolved', 'escalate', steering, 'x')).toEqual({ ok: false, code: 'pact.bottleneck.notNow' });
  });

  it('shows its age in whole days, stopping when resolved', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    expect(ageInDays('2026-11-13T10:00:00Z', now, null)).toBe(9);
    expect(ageInDays('2026-11-01T10:00:00Z', now, '2026-11-04T12:00:00Z')).toBe(3);
  });
});
