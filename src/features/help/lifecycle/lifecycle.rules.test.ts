import { describe, expect, it } from 'vitest';
import { deadlineNote, releasesRequester, statusAfter, stepAllowed, type RequestState } from './lifecycle.rules.ts';

const state = (overrides: Partial<RequestState>): RequestState => ({
  status: 'new',
  kind: 'service',
  heardBackAt: null,
  openProposalId: null,
  feePaid: false,
  ...overrides,
});

describe('the life of a help request', () => {
  it('walks new → checked → matching → matched → done → heard back → closed', () => {
    expect(statusAfter('check', 'new')).toBe('checked');
    expect(statusAfter('propose', 'checked')).toBe('matching');
    expect(statusAfter('accept', 'matching')).toBe('matched');
    expect(statusAfter('done', 'matched')).toBe('done');
    expect(statusAfter('heardBack', 'done')).toBe('heard_back');
    expect(statusAfter('close', 'heard_back')).toBe('closed');
  });

  it('records hearing back before the help is done without skipping a step', () => {
    expect(statusAfter('heardBack', 'matched')).toBe('matched');
    expect(stepAllowed('heardBack', state({ status: 'matched' }))).toEqual({ ok: true });
    expect(stepAllowed('heardBack', state({ status: 'done', heardBackAt: '2026-11-24T10:00:00Z' })).ok).toBe(false);
  });

  it('closes only after the requester heard back', () => {
    expect(stepAllowed('close', state({ status: 'done' }))).toEqual({ ok: false, rule: 'help.refusal.heardBackFirst' });
    expect(stepAllowed('close', state({ status: 'done', heardBackAt: '2026-11-24T10:00:00Z' }))).toEqual({ ok: true });
  });

  it('refuses a step the request is past, and a second proposal while one is open', () => {
    expect(stepAllowed('check', state({ status: 'matched' }))).toEqual({ ok: false, rule: 'help.refusal.wrongStep' });
    expect(stepAllowed('accept', state({ status: 'withdrawn' }))).toEqual({ ok: false, rule: 'help.refusal.wrongStep' });
    expect(stepAllowed('propose', state({ status: 'matching', openProposalId: 'p1' }))).toEqual({
      ok: false,
      rule: 'help.refusal.alreadyProposed',
    });
  });

  it('keeps the network check and the fee to odd jobs', () => {
    expect(stepAllowed('networkCheck', state({ kind: 'service' })).ok).toBe(false);
    expect(stepAllowed('networkCheck', state({ kind: 'odd_job' })).ok).toBe(true);
    expect(stepAllowed('feePaid', state({ status: 'done', kind: 'service' })).ok).toBe(false);
    expect(stepAllowed('feePaid', state({ status: 'done', kind: 'odd_job' })).ok).toBe(true);
  });

  it('ends early as withdrawn, declined or referred, but not once matched (except withdrawing)', () => {
    expect(statusAfter('withdraw', 'matched')).toBe('withdrawn');
    expect(stepAllowed('withdraw', state({ status: 'matched' })).ok).toBe(true);
    expect(stepAllowed('decline', state({ status: 'matched' })).ok).toBe(false);
    expect(statusAfter('refer', 'checked')).toBe('referred');
  });

  it('seed 004, "in principe één dienst per keer": frees the requester once the service is done or ended', () => {
    expect(releasesRequester('matched')).toBe(false);
    expect(releasesRequester('done')).toBe(true);
    expect(releasesRequester('withdrawn')).toBe(true);
    expect(releasesRequester('referred')).toBe(true);
  });
});

describe('what the requester’s page says about hearing back (issue 10.10)', () => {
  const due = '2026-12-05T23:00:00.000Z';
  it('promises a date only while it is ahead and nobody was found yet', () => {
    expect(deadlineNote({ status: 'new', feedbackDueAt: due }, new Date('2026-12-01T10:00:00Z'))).toBe('ahead');
    expect(deadlineNote({ status: 'matching', feedbackDueAt: due }, new Date('2026-12-06T10:00:00Z'))).toBe('passed');
    expect(deadlineNote({ status: 'matched', feedbackDueAt: due }, new Date('2026-12-01T10:00:00Z'))).toBeNull();
    expect(deadlineNote({ status: 'withdrawn', feedbackDueAt: due }, new Date('2026-12-01T10:00:00Z'))).toBeNull();
  });
});
