import type { FastifyInstance } from 'fastify';
import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { ProcessFigure } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { insertIndicator, listIndicators, saveTarget, saveValue, type Indicator } from './indicators.repository.ts';
import { missingProcessTopics, refuseTarget, refuseValueYear, targetPassed, trendAgainstTarget, type Trend } from './monitoring.rules.ts';
import type { IndicatorInput, TargetInput, ValueInput } from './monitoring.schema.ts';

export interface IndicatorWithTrend {
  indicator: Indicator;
  trend: Trend;
  /** The target's year has passed (issue 10 item 13): shown, but marked as no longer current. */
  targetPassed: boolean;
}

export async function indicatorsWithTrend(ctx: ActionContext, districtId: string, onlyId?: string): Promise<IndicatorWithTrend[]> {
  const currentYear = ctx.now.getUTCFullYear();
  return (await listIndicators(ctx.deps.database.db, districtId, onlyId)).map((indicator) => ({
    indicator,
    trend: trendAgainstTarget(indicator.values, indicator.better, indicator.target, currentYear),
    targetPassed: targetPassed(indicator.target, currentYear),
  }));
}

export function addIndicator(ctx: ActionContext, district: District, input: IndicatorInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const indicator = { ...input, definition: input.definition ?? '', source: input.source ?? '', target: null };
    return success(await insertIndicator(trx, district.id, indicator, ctx.now.toISOString()));
  });
}

/** A measured value, for a year that has begun; a new one for the same year replaces the old. */
export function addValue(ctx: ActionContext, indicatorId: string, input: ValueInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = refuseValueYear(input.year, ctx.now.getUTCFullYear());
    if (problem !== null) return refusal(problem, { field: 'year' });
    await saveValue(trx, indicatorId, { ...input, source: input.source ?? '' });
    return success(indicatorId);
  });
}

/** A target lies ahead: one for a year already past is refused and nothing changes. */
export function setTarget(ctx: ActionContext, indicatorId: string, input: TargetInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = refuseTarget(input, ctx.now.getUTCFullYear());
    if (problem !== null) return refusal(problem, { field: 'year' });
    await saveTarget(trx, indicatorId, input, ctx.now.toISOString());
    return success(indicatorId);
  });
}

/** Every feature's live figures for the district and year, collected through `app.features`. */
export async function collectProcessFigures(
  app: FastifyInstance,
  ctx: ActionContext,
  districtId: string,
  year: number,
): Promise<{ figures: ProcessFigure[]; missing: string[] }> {
  const figures: ProcessFigure[] = [];
  for (const feature of app.features) {
    if (feature.processFigures !== undefined) figures.push(...(await feature.processFigures(ctx.deps.database.db, { districtId, year })));
  }
  return { figures, missing: missingProcessTopics(figures.map((f) => f.key)) };
}
