import { z } from 'zod';
import { choice, optionalText, text } from '../../../platform/http/fields.ts';
import { indicatorUnits, parseFigure } from './monitoring.rules.ts';

/** How long a figure as people type it may be ("15.336.000", "77 %"). */
export const FIGURE_MAX = 30;

/** A figure as people type it ("6,4", "77 %"), or a number from the API; anything else gets a clear message. */
const figure = z.union([z.string().max(FIGURE_MAX, 'pact.indicator.value.invalid'), z.number()]).transform((v, ctx) => {
  const value = typeof v === 'number' ? v : parseFigure(v);
  if (value === null || !Number.isFinite(value)) {
    ctx.addIssue({
      code: 'custom',
      message: typeof v === 'string' && v.trim() === '' ? 'pact.indicator.value.required' : 'pact.indicator.value.invalid',
    });
    return 0;
  }
  return value;
});
const year = z.coerce
  .number({ message: 'pact.indicator.year.invalid' })
  .int('pact.indicator.year.invalid')
  .min(1990, 'pact.indicator.year.invalid')
  .max(2100, 'pact.indicator.year.invalid');

export const indicatorForm = z.object({
  name: text(200),
  definition: optionalText(2000, { multiline: true }),
  unit: choice(indicatorUnits),
  better: choice(['higher', 'lower']),
  source: optionalText(300),
});
export type IndicatorInput = z.output<typeof indicatorForm>;

export const valueForm = z.object({ year, value: figure, source: optionalText(300) });
export type ValueInput = z.output<typeof valueForm>;

export const targetForm = z.object({ value: figure, year });
export type TargetInput = z.output<typeof targetForm>;

/** The same on the indicator page, whose other form already has a year and a value field. */
export const targetPageForm = z
  .object({ targetValue: figure, targetYear: year })
  .transform((t) => ({ value: t.targetValue, year: t.targetYear }));

export const indicatorParams = z.object({ district: z.string().max(60), indicator: z.string().max(60) });

export const indicatorsResponse = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.enum(indicatorUnits),
    better: z.enum(['higher', 'lower']),
    source: z.string(),
    target: z.object({ value: z.number(), year: z.number() }).nullable(),
    values: z.array(z.object({ year: z.number(), value: z.number(), source: z.string() })),
    trend: z.object({ status: z.string(), change: z.number().nullable(), projected: z.number().nullable() }),
  }),
);

export const processFiguresResponse = z.object({
  year: z.number(),
  figures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      unit: z.string(),
      value: z.number().nullable(),
      byMonth: z.array(z.number().nullable()).optional(),
    }),
  ),
  notYetAvailable: z.array(z.string()),
});
