import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { lockDistrict, type District } from '../../../platform/geography/geography.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listIndicators, saveTarget as saveIndicatorTarget } from '../monitoring/indicators.repository.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { programmesOfDistrict } from '../programmes/programmes.repository.ts';
import { commitmentsOf, models } from '../programmes/programmes.rules.ts';
import { dayOf } from '../shared/days.rules.ts';
import {
  closePeriod,
  evaluationsOf,
  insertPeriod,
  periodsOfDistrict,
  saveSignature,
  saveTarget,
  signaturesOf,
  startPeriod,
  targetsOf,
  type Period,
} from './periods.repository.ts';
import { fieldOf, refuseClose, refuseDraft, refuseStart, verdicts, type Subject, type Verdict } from './periods.rules.ts';
import type { CloseInput, DraftInput, PeriodTargetInput, SignInput } from './periods.schema.ts';

/** What the steering group evaluates: the commitments of the district's programmes and its indicators. */
export async function subjectsOf(db: DbOrTx, districtId: string): Promise<(Subject & { label: string })[]> {
  const kinds = (await programmesOfDistrict(db, districtId)).map((p) => p.kind);
  const commitments = commitmentsOf(kinds).map((letter) => ({ kind: 'commitment' as const, key: letter, label: letter }));
  const indicators = (await listIndicators(db, districtId)).map((i) => ({ kind: 'indicator' as const, key: i.id, label: i.name }));
  return [...commitments, ...indicators];
}

/** Every period of the district's programmes with what was evaluated, signed and targeted in it. */
export async function periodsOf(db: DbOrTx, districtId: string) {
  const periods = await periodsOfDistrict(db, districtId);
  const ids = periods.map((p) => p.id);
  return {
    periods,
    evaluations: await evaluationsOf(db, ids),
    signatures: await signaturesOf(db, ids),
    targets: await targetsOf(db, ids),
    subjects: await subjectsOf(db, districtId),
    partners: await listPartners(db, districtId),
    indicators: await listIndicators(db, districtId),
  };
}

/** The steering group closes a running period with its evaluation; a second close is refused. */
export function closeWithEvaluation(ctx: ActionContext, district: District, period: Period, input: CloseInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const subjects = await subjectsOf(trx, district.id);
    const problems = refuseClose(period, dayOf(ctx.now), subjects, input);
    if (Object.keys(problems).length > 0) {
      const status = '_form' in problems ? 409 : 422;
      return { ok: false, status, errors: Object.fromEntries(Object.entries(problems).map(([f, code]) => [f, { code }])) };
    }
    const evaluations = subjects.map((s) => ({ subject: s.kind, key: s.key, verdict: input[fieldOf(s)] as Verdict }));
    const closed = await closePeriod(trx, period.id, {
      on: dayOf(ctx.now),
      by: ctx.user?.id ?? null,
      conclusion: input.conclusion ?? '',
      evaluations,
    });
    if (!closed) return refusal('pact.period.notRunning', { status: 409 });
    await audit(trx, ctx, {
      action: 'pact.period.closed',
      subjectType: 'pact_period',
      subjectId: period.id,
      districtId: district.id,
      details: Object.fromEntries(verdicts.map((v) => [v, evaluations.filter((e) => e.verdict === v).length])),
    });
    return success(period.id);
  });
}

/** The steering group drafts the next period of the district's programme that runs in periods. */
export function draftPeriod(ctx: ActionContext, district: District, input: DraftInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const programme = (await programmesOfDistrict(trx, district.id)).find((p) => models[p.kind].periods && p.scope === 'district');
    if (programme === undefined) return refusal('pact.period.noProgramme', { status: 409 });
    await lockDistrict(trx, district.id);
    const existing = (await periodsOfDistrict(trx, district.id)).filter((p) => p.programmeId === programme.id);
    const problem = refuseDraft(existing, input);
    if (problem !== null) return refusal(problem, { field: problem === 'pact.period.endBeforeStart' ? 'endsOn' : 'startsOn', status: 409 });
    const id = await insertPeriod(trx, { programmeId: programme.id, ...input, status: 'draft', at: ctx.now.toISOString() });
    await audit(trx, ctx, { action: 'pact.period.drafted', subjectType: 'pact_period', subjectId: id, districtId: district.id });
    return success(id);
  });
}

/** A partner signs the new period again. */
export function signAgain(ctx: ActionContext, district: District, period: Period, input: SignInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (period.status === 'closed') return refusal('pact.period.closed', { status: 409 });
    if (!(await listPartners(trx, district.id)).some((p) => p.id === input.partner))
      return refusal('validation.choice', { field: 'partner' });
    await saveSignature(trx, period.id, input.partner, input.signedOn ?? null);
    await audit(trx, ctx, { action: 'pact.period.signed', subjectType: 'pact_period', subjectId: period.id, districtId: district.id });
    return success(period.id);
  });
}

/** A target of the new period for one of the district's indicators. */
export function setPeriodTarget(
  ctx: ActionContext,
  district: District,
  period: Period,
  input: PeriodTargetInput,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (period.status === 'closed') return refusal('pact.period.closed', { status: 409 });
    if (!(await listIndicators(trx, district.id, input.indicator)).length) return refusal('validation.choice', { field: 'indicator' });
    if (input.year < Number(period.startsOn.slice(0, 4)) || input.year > Number(period.endsOn.slice(0, 4)))
      return refusal('pact.period.targetOutside', { field: 'year' });
    await saveTarget(trx, period.id, { indicatorId: input.indicator, value: input.value, year: input.year });
    await audit(trx, ctx, { action: 'pact.period.target_set', subjectType: 'pact_period', subjectId: period.id, districtId: district.id });
    return success(period.id);
  });
}

/** The draft starts once the period before it is closed; its targets become the indicators' current targets. */
export function startDraft(ctx: ActionContext, district: District, period: Period): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const earlier = (await periodsOfDistrict(trx, district.id)).filter((p) => p.programmeId === period.programmeId && p.id !== period.id);
    const problem = refuseStart(period, earlier);
    if (problem !== null) return refusal(problem, { status: 409 });
    if (!(await startPeriod(trx, period.id))) return refusal('pact.period.notDraft', { status: 409 });
    const targets = await targetsOf(trx, [period.id]);
    for (const indicator of await listIndicators(trx, district.id)) {
      const target = targets.find((t) => t.indicatorId === indicator.id);
      await saveIndicatorTarget(
        trx,
        indicator.id,
        target === undefined ? null : { value: target.value, year: target.year },
        ctx.now.toISOString(),
      );
    }
    await audit(trx, ctx, { action: 'pact.period.started', subjectType: 'pact_period', subjectId: period.id, districtId: district.id });
    return success(period.id);
  });
}
