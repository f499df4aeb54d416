import { describe, expect, it } from 'vitest';
import { checkRhythm, type GoalTheme, type MeetingKind, type MeetingStatus } from './meetings.rules.ts';

const m = (kind: MeetingKind, theme: GoalTheme | null = null, status: MeetingStatus = 'planned') => ({ kind, theme, status });

describe('meeting rhythm of the pact', () => {
  it('is met with two steering meetings, one broad and three goal meetings on the three themes (seed 000 §6–7)', () => {
    const year = [
      m('steering'),
      m('steering', null, 'held'),
      m('broad'),
      m('goal', 'digital'),
      m('goal', 'learning'),
      m('goal', 'prevention'),
    ];
    expect(checkRhythm('wijkpact', year)).toEqual([]);
  });

  it('warns when only one goal-oriented meeting is planned', () => {
    const warnings = checkRhythm('wijkpact', [m('steering'), m('steering'), m('broad'), m('goal', 'digital')]);
    expect(warnings).toEqual([
      { code: 'pact.rhythm.tooFew', kind: 'goal', planned: 1, required: 3 },
      { code: 'pact.rhythm.themes', kind: 'goal', planned: 1, required: 3, missingThemes: ['learning', 'prevention'] },
    ]);
  });

  it('does not count cancelled meetings, and names themes left out', () => {
    const warnings = checkRhythm('wijkpact', [
      m('steering'),
      m('steering', null, 'cancelled'),
      m('broad'),
      m('goal', 'digital'),
      m('goal', 'digital'),
      m('goal', 'learning'),
    ]);
    expect(warnings).toEqual([
      { code: 'pact.rhythm.tooFew', kind: 'steering', planned: 1, required: 2 },
      { code: 'pact.rhythm.themes', kind: 'goal', planned: 3, required: 3, missingThemes: ['prevention'] },
    ]);
  });

  it('asks three learning meetings a year in Thuis in je Wijk (seed 003 §4.4)', () => {
    expect(checkRhythm('thuis_in_je_wijk', [m('learning'), m('learning')])).toEqual([
      { code: 'pact.rhythm.tooFew', kind: 'learning', planned: 2, required: 3 },
    ]);
    expect(checkRhythm('thuis_in_je_wijk', [m('learning'), m('learning'), m('learning')])).toEqual([]);
  });
});
