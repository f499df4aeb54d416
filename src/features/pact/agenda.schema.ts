import { z } from 'zod';
import { parseEuros, projectStatuses } from './agenda.rules.ts';
import { manyOf } from './pact.forms.tsx';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'pact.field.date.invalid');

/** A budget as people type it; anything that is not an amount gets a clear message. */
const budget = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return null;
    const cents = parseEuros(v);
    if (cents === null) ctx.addIssue({ code: 'custom', message: 'pact.project.budget.invalid' });
    return cents;
  });

export const projectForm = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .transform((v) => v ?? ''),
    challenges: manyOf(z.string().max(10), 10).pipe(z.array(z.string()).min(1, 'pact.project.challenges.required')),
    owners: manyOf(z.string().max(60)),
    budget,
    budgetSource: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => v ?? ''),
    status: z.enum(projectStatuses),
  })
  .transform(({ budget: budgetCents, ...rest }) => ({ ...rest, budgetCents }));

export const noteForm = z.object({
  notedOn: z.string().min(1, 'pact.note.date.required').pipe(isoDate),
  text: z.string().trim().min(1, 'pact.note.text.required').max(2000),
});

export const adoptForm = z.object({ adoptedOn: z.string().min(1, 'pact.agenda.adoptedOn.required').pipe(isoDate) });

export const yearParams = z.object({ district: z.string().max(60), year: z.coerce.number().int().min(2000).max(2100) });
export const versionParams = yearParams.extend({ number: z.coerce.number().int().min(1).max(1000) });
export const projectParams = yearParams.extend({ project: z.string().max(60) });

const project = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  description: z.string(),
  challenges: z.array(z.string()),
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
  budgetCents: z.number().nullable(),
  budgetSource: z.string(),
  status: z.enum(projectStatuses),
  notes: z.array(z.object({ notedOn: z.string(), text: z.string(), author: z.string() })),
});

export const versionResponse = z.object({
  year: z.number(),
  number: z.number(),
  adoptedOn: z.string().nullable(),
  projects: z.array(project),
});

export const agendaResponse = z.object({
  year: z.number(),
  working: z.object({ number: z.number() }).nullable(),
  adopted: z.array(z.object({ number: z.number(), adoptedOn: z.string() })),
  projects: z.array(project),
  changesSinceAdoption: z.array(z.object({ key: z.string(), kind: z.enum(['added', 'removed', 'changed']), fields: z.array(z.string()) })),
});
