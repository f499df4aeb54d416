import { describe, expect, it } from 'vitest';
import {
  anonymiseBefore,
  nextState,
  normaliseReference,
  questionStatuses,
  referenceFrom,
  responseDueAt,
  statusLinkState,
  type QuestionAction,
  type QuestionStatus,
} from './question.rules.ts';

/** Seed 000: answered directly, pointed to an offer, neighbour help, or referred to a named person. */
const allowed: Record<QuestionAction, Partial<Record<QuestionStatus, QuestionStatus>>> = {
  answer: { new: 'closed' },
  point: { new: 'closed' },
  hand_over: { new: 'closed' },
  refer: { new: 'referred' },
  accept: { referred: 'accepted' },
  decline: { referred: 'new' },
  retract: { referred: 'new' },
  close_referral: { accepted: 'closed' },
  scale_up: { accepted: 'referred' },
  scale_down: { accepted: 'closed' },
  withdraw: { new: 'withdrawn', referred: 'withdrawn', accepted: 'withdrawn' },
  reopen: { closed: 'new' },
  message: { new: 'new', referred: 'referred', accepted: 'accepted' },
};

describe('the question state machine', () => {
  for (const [action, from] of Object.entries(allowed) as [QuestionAction, Partial<Record<QuestionStatus, QuestionStatus>>][]) {
    for (const status of questionStatuses) {
      const to = from[status];
      it(`${to === undefined ? 'refuses' : 'allows'} ${action} when ${status}`, () => {
        expect(nextState(status, action)?.status ?? null).toBe(to ?? null);
      });
    }
  }

  it('records the outcome of every way a question closes', () => {
    expect(nextState('new', 'answer')).toEqual({ status: 'closed', outcome: 'answered' });
    expect(nextState('new', 'point')).toEqual({ status: 'closed', outcome: 'pointed' });
    expect(nextState('new', 'hand_over')).toEqual({ status: 'closed', outcome: 'neighbour_help' });
    expect(nextState('accepted', 'scale_down')).toEqual({ status: 'closed', outcome: 'neighbour_help' });
    expect(nextState('accepted', 'close_referral')).toEqual({ status: 'closed', outcome: 'referral_closed' });
    expect(nextState('closed', 'reopen')).toEqual({ status: 'new', outcome: null });
  });

  it('never leaves a withdrawn question', () => {
    const actions = Object.keys(allowed) as QuestionAction[];
    expect(actions.map((a) => nextState('withdrawn', a))).toEqual(actions.map(() => null));
  });
});

describe('response times', () => {
  const at = '2026-11-23T09:00:00.000Z';

  it('expects a first response sooner when it is urgent (seed 002: snel en goed beantwoord)', () => {
    expect(responseDueAt(at, 'urgent')).toBe('2026-11-24T09:00:00.000Z');
    expect(responseDueAt(at, 'soon')).toBe('2026-11-25T09:00:00.000Z');
    expect(responseDueAt(at, 'normal')).toBe('2026-11-28T09:00:00.000Z');
  });
});

describe('status links', () => {
  const now = new Date('2026-11-23T09:00:00Z');
  const open = { revokedAt: null, closedAt: null, anonymisedAt: null, status: 'new' as const };

  it('work while the question is open and for 30 days after it ends', () => {
    expect(statusLinkState(open, now)).toBe('valid');
    const closed = { ...open, status: 'closed' as const, closedAt: '2026-10-25T09:00:00.000Z' };
    expect(statusLinkState(closed, now)).toBe('valid');
    expect(statusLinkState({ ...closed, closedAt: '2026-10-24T08:00:00.000Z' }, now)).toBe('expired');
  });

  it('stop when replaced or anonymised, and do not exist when forged', () => {
    expect(statusLinkState({ ...open, revokedAt: '2026-11-22T09:00:00.000Z' }, now)).toBe('expired');
    expect(statusLinkState({ ...open, anonymisedAt: '2026-11-22T09:00:00.000Z' }, now)).toBe('expired');
    expect(statusLinkState(undefined, now)).toBe('unknown');
  });
});

describe('references and retention', () => {
  it('makes references that cannot be misheard, and finds them however they are typed', () => {
    const reference = referenceFrom(new Uint8Array([0, 1, 8, 31, 255]));
    expect(reference).toBe('V-23AZZ');
    expect(normaliseReference(' v 23azz ')).toBe('V-23AZZ');
    expect(normaliseReference('V-23AZZ')).toBe('V-23AZZ');
    expect(normaliseReference('V-O0I1L')).toBeNull();
    expect(normaliseReference('<script>')).toBeNull();
  });

  it('anonymises what ended more than the retention period ago', () => {
    expect(anonymiseBefore(new Date('2026-11-23T09:00:00Z'), 12)).toBe('2025-11-23T09:00:00.000Z');
  });
});
