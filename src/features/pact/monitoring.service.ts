import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { AppDeps, ProcessFigure } from '../../platform/feature.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { insertIndicator, listIndicators, saveTarget, saveValue, type Indicator } from './monitoring.repository.ts';
import { missingProcessTopics, refuseTarget, refuseValueYear, trendAgainstTarget, type Trend } from './monitoring.rules.ts';
import type { indicatorForm, targetForm, valueForm } from './monitoring.schema.ts';
import { refused, type Outcome } from './pact.http.ts';

export interface IndicatorWithTrend {
  indicator: Indicator;
  trend: Trend;
}

export async function indicatorsWithTrend(deps: AppDeps, districtId: string, onlyId?: string): Promise<IndicatorWithTrend[]> {
  const currentYear = deps.clock.now().getUTCFullYear();
  return (await listIndicators(deps.database.db, districtId, onlyId)).map((indicator) => ({
    indicator,
    trend: trendAgainstTarget(indicator.values, indicator.better, indicator.target, currentYear),
  }));
}

export async function addIndicator(deps: AppDeps, district: District, data: z.output<typeof indicatorForm>): Promise<string> {
  return insertIndicator(deps.database.db, district.id, { ...data, target: null }, deps.clock.now().toISOString());
}

export async function addValue(deps: AppDeps, indicatorId: string, data: z.output<typeof valueForm>): Promise<Outcome<string>> {
  const problem = refuseValueYear(data.year, deps.clock.now().getUTCFullYear());
  if (problem !== null) return refused('year', problem);
  await saveValue(deps.database.db, indicatorId, data);
  return { ok: true, value: indicatorId };
}

/** A target lies ahead: one for a year already past is refused and nothing changes. */
export async function setTarget(deps: AppDeps, indicatorId: string, data: z.output<typeof targetForm>): Promise<Outcome<string>> {
  const problem = refuseTarget(data, deps.clock.now().getUTCFullYear());
  if (problem !== null) return refused('year', problem);
  await saveTarget(deps.database.db, indicatorId, data, deps.clock.now().toISOString());
  return { ok: true, value: indicatorId };
}

/** Every feature's live figures for the district and year, collected through `app.features`. */
export async function collectProcessFigures(
  app: FastifyInstance,
  deps: AppDeps,
  districtId: string,
  year: number,
): Promise<{ figures: ProcessFigure[]; missing: string[] }> {
  const figures: ProcessFigure[] = [];
  for (const feature of app.features) {
    if (feature.processFigures !== undefined) figures.push(...(await feature.processFigures(deps.database.db, { districtId, year })));
  }
  return { figures, missing: missingProcessTopics(figures.map((f) => f.key)) };
}
