import { z } from 'zod';
import { choice, date, list, optionalText, text } from '../../../platform/http/fields.ts';
import { projectStatuses } from './agenda.rules.ts';

/** A project of the agenda; the budget is read as an amount by the action, which can say it is none. */
export const projectForm = z.object({
  title: text(200),
  description: optionalText(4000, { multiline: true }),
  challenges: list(z.string().max(10), 10).pipe(z.array(z.string()).min(1, 'pact.project.challenges.required')),
  owners: list(z.string().max(60), 50),
  budget: optionalText(40),
  budgetSource: optionalText(200),
  status: choice(projectStatuses),
});
export type ProjectInput = z.output<typeof projectForm>;

export const noteForm = z.object({
  notedOn: date('pact.note.date.required'),
  text: text(2000, { required: 'pact.note.text.required', multiline: true }),
});
export type NoteInput = z.output<typeof noteForm>;

export const adoptForm = z.object({ adoptedOn: date('pact.agenda.adoptedOn.required') });

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
