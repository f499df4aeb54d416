import { describe, expect, it } from 'vitest';
import { oostRules } from '../demo/help.demo.ts';
import {
  checkDoneReport,
  checkDuration,
  checkIntake,
  checkMatchable,
  checkVolunteer,
  feeRateFor,
  feedbackDueAt,
  feedbackState,
  needsVog,
  vogTalentsOf,
  oddJobFee,
  type MatchFacts,
} from './house-rules.rules.ts';

const rules = oostRules;
const intake = { kind: 'service' as const, talent: null, estimatedMinutes: 60, phone: '0600000001', email: null, street: null };
const matchable: MatchFacts = {
  kind: 'odd_job',
  frequency: 'once',
  estimatedMinutes: 90,
  networkAnswer: 'nobody',
  meetingPlaceId: null,
  recentOddJobs: 0,
};

describe('seed 004, Spelregels wijkmatching: "kosten zijn € 4,50 per uur. Deze worden contant betaald aan dienstverlener"', () => {
  it('charges the configured hourly fee for odd jobs, in cents', () => {
    expect(feeRateFor(rules, 'odd_job')).toBe(450);
    expect(oddJobFee(450, 60)).toBe(450);
    expect(oddJobFee(450, 90)).toBe(675);
    expect(oddJobFee(450, 120)).toBe(900);
  });

  it('rounds the cash amount to 5 cents, half up, with integers only', () => {
    expect(oddJobFee(450, 15)).toBe(115); // 112.5 cents
    expect(oddJobFee(450, 25)).toBe(190); // 187.5 cents
    expect(oddJobFee(450, 10)).toBe(75);
    expect(oddJobFee(333, 7)).toBe(40); // 38.85 cents
  });

  it('does not drift when many fees are added up', () => {
    let total = 0;
    for (let i = 0; i < 10_000; i++) total += oddJobFee(450, 45);
    expect(total).toBe(10_000 * 340);
    expect(Number.isInteger(total)).toBe(true);
  });

  it('computes the fee from the hours done and the rate the requester was told', () => {
    expect(checkDoneReport(rules, { kind: 'odd_job', feeRateCents: 450 }, { minutes: 105, feePaid: true })).toEqual({
      ok: true,
      feeCents: 790,
    });
  });
});

describe('seed 004, Spelregels wijkmatching: "Gratis diensten: wandelen, thuisbezoek/praatje, boodschappen, afval wegbrengen"', () => {
  it('never charges for a free service or a buddy', () => {
    expect(feeRateFor(rules, 'service')).toBe(0);
    expect(feeRateFor(rules, 'buddy')).toBe(0);
    expect(checkDoneReport(rules, { kind: 'service', feeRateCents: 0 }, { minutes: 60, feePaid: false })).toEqual({
      ok: true,
      feeCents: 0,
    });
  });

  it('refuses a fee on a free service', () => {
    expect(checkDoneReport(rules, { kind: 'service', feeRateCents: 0 }, { minutes: 60, feePaid: true })).toEqual({
      ok: false,
      rule: 'help.rule.freeServicesFree',
    });
  });
});

describe('seed 004, Spelregels wijkmatching: "een dienst duurt maximaal 2 uur"', () => {
  it('accepts up to the maximum and refuses longer', () => {
    expect(checkDuration(rules, 'service', 120)).toEqual({ ok: true });
    expect(checkDuration(rules, 'service', null)).toEqual({ ok: true });
    expect(checkDuration(rules, 'service', 121)).toEqual({ ok: false, rule: 'help.rule.maxDuration' });
  });

  it('refuses a 3-hour service at intake and when reported done', () => {
    expect(checkIntake(rules, { ...intake, estimatedMinutes: 180 })).toEqual({ ok: false, rule: 'help.rule.maxDuration' });
    expect(checkDoneReport(rules, { kind: 'service', feeRateCents: 0 }, { minutes: 180, feePaid: false }).ok).toBe(false);
  });

  it('follows the configuration of another cooperative', () => {
    expect(checkDuration({ ...rules, maxServiceMinutes: 180 }, 'service', 180)).toEqual({ ok: true });
  });
});

describe('seed 004, Spelregels wijkmatching: "we concurreren niet met sociale ondernemers in de wijk. Voor grote en veel klussen …"', () => {
  it('turns a 3-hour odd job into a large job for the social entrepreneurs', () => {
    expect(checkIntake(rules, { ...intake, kind: 'odd_job', estimatedMinutes: 180 })).toEqual({ ok: false, rule: 'help.rule.largeJob' });
    expect(checkMatchable(rules, { ...matchable, estimatedMinutes: 180 })).toEqual({ ok: false, rule: 'help.rule.largeJob' });
  });

  it('does not match an odd job for someone who reached the threshold of jobs in the period', () => {
    expect(checkMatchable(rules, { ...matchable, recentOddJobs: 2 })).toEqual({ ok: true });
    expect(checkMatchable(rules, { ...matchable, recentOddJobs: 3 })).toEqual({ ok: false, rule: 'help.rule.manyJobs' });
  });
});

describe('seed 004, Spelregels wijkmatching: "persoon kan … geen beroep doen op directe omgeving (op natuurlijke wijze checken)"', () => {
  it('does not match an odd job before the network check is recorded', () => {
    expect(checkMatchable(rules, { ...matchable, networkAnswer: null })).toEqual({ ok: false, rule: 'help.rule.networkCheck' });
  });

  it('does not match an odd job that family, friends or neighbours can do', () => {
    expect(checkMatchable(rules, { ...matchable, networkAnswer: 'network_can' })).toEqual({ ok: false, rule: 'help.rule.networkCan' });
  });

  it('asks no network check for free services, nor where the cooperative does not require it', () => {
    expect(checkMatchable(rules, { ...matchable, kind: 'service', networkAnswer: null })).toEqual({ ok: true });
    expect(checkMatchable({ ...rules, networkCheckRequired: false }, { ...matchable, networkAnswer: null })).toEqual({ ok: true });
  });
});

describe('seed 004, Vrijwilligers: "Voor langdurige vragen worden studenten ingezet. Hiervoor wordt een Wijkleerhuis opgezet."', () => {
  it('does not match a long-running need but sends it to the students', () => {
    expect(checkMatchable(rules, { ...matchable, kind: 'service', frequency: 'long_running' })).toEqual({
      ok: false,
      rule: 'help.rule.longRunning',
    });
    expect(checkMatchable(rules, { ...matchable, kind: 'service', frequency: 'few' })).toEqual({ ok: true });
  });
});

describe('seed 004, Spelregels wijkmatching: "binnen een week terugkoppeling aan hulpvrager"', () => {
  const created = new Date('2026-11-23T09:00:00Z');
  const due = feedbackDueAt(created, rules).toISOString();
  const open = { heardBackAt: null, feedbackDueAt: due, ended: false };

  it('sets the deadline a week after the request came in', () => {
    expect(due).toBe('2026-11-30T09:00:00.000Z');
  });

  it('is open, then near (reminder days before), then overdue; hearing back meets it', () => {
    expect(feedbackState(open, rules, new Date('2026-11-25T09:00:00Z'))).toBe('open');
    expect(feedbackState(open, rules, new Date('2026-11-28T09:00:00Z'))).toBe('near');
    expect(feedbackState(open, rules, new Date('2026-11-30T09:00:00Z'))).toBe('overdue');
    expect(feedbackState({ ...open, heardBackAt: '2026-11-24T10:00:00Z' }, rules, new Date('2026-12-05T09:00:00Z'))).toBe('met');
    expect(feedbackState({ ...open, ended: true }, rules, new Date('2026-12-05T09:00:00Z'))).toBe('met');
  });
});

describe('cooperative configuration: a certificate of conduct (VOG) for home visits', () => {
  const volunteer = { active: true, talents: ['home_visit', 'walk'] as const, vogOnFile: false };

  it('asks a VOG for help inside the home only where the cooperative requires it', () => {
    expect(needsVog(rules, 'home_visit')).toBe(true);
    expect(needsVog(rules, 'walk')).toBe(false);
    expect(needsVog({ ...rules, vogRequiredForHomeVisits: false }, 'home_visit')).toBe(false);
  });

  it('refuses a volunteer without a VOG for a home visit, a paused volunteer and one without the talent', () => {
    expect(checkVolunteer(rules, { kind: 'service', talent: 'home_visit' }, volunteer)).toEqual({ ok: false, rule: 'help.rule.vog' });
    expect(checkVolunteer(rules, { kind: 'service', talent: 'walk' }, volunteer)).toEqual({ ok: true });
    expect(checkVolunteer(rules, { kind: 'service', talent: 'walk' }, { ...volunteer, active: false })).toEqual({
      ok: false,
      rule: 'help.refusal.volunteerPaused',
    });
    expect(checkVolunteer(rules, { kind: 'odd_job', talent: 'garden' }, volunteer)).toEqual({
      ok: false,
      rule: 'help.refusal.talentMismatch',
    });
  });

  it('follows the kinds of help the board or a coordinator set, over the home-visit switch', () => {
    const perKind = { ...rules, vogTalents: ['walk'] as const };
    expect(vogTalentsOf(rules)).toEqual(['home_visit', 'digital', 'repairs']);
    expect(vogTalentsOf({ ...rules, vogRequiredForHomeVisits: false })).toEqual([]);
    expect(needsVog(perKind, 'walk')).toBe(true);
    expect(needsVog(perKind, 'home_visit')).toBe(false);
    expect(needsVog({ ...rules, vogTalents: [] }, 'home_visit')).toBe(false);
    expect(checkVolunteer(perKind, { kind: 'service', talent: 'walk' }, volunteer)).toEqual({ ok: false, rule: 'help.rule.vog' });
    expect(checkVolunteer(perKind, { kind: 'service', talent: 'walk' }, { ...volunteer, vogOnFile: true })).toEqual({ ok: true });
    expect(checkVolunteer(perKind, { kind: 'service', talent: 'home_visit' }, volunteer)).toEqual({ ok: true });
  });
});

describe('intake', () => {
  it('needs a way to reach the requester and a talent that fits the kind', () => {
    expect(checkIntake(rules, { ...intake, phone: null })).toEqual({ ok: false, rule: 'help.refusal.contactNeeded' });
    expect(checkIntake(rules, { ...intake, talent: 'garden' })).toEqual({ ok: false, rule: 'help.refusal.talentKind' });
    expect(checkIntake(rules, { ...intake, talent: 'groceries' })).toEqual({ ok: true });
  });

  it('sends a buddy to a meeting place (SPEC C: maatje)', () => {
    expect(checkMatchable(rules, { ...matchable, kind: 'buddy' })).toEqual({ ok: false, rule: 'help.rule.buddyNeedsPlace' });
    expect(checkMatchable(rules, { ...matchable, kind: 'buddy', meetingPlaceId: 'p1' })).toEqual({ ok: true });
  });
});
