import { z } from 'zod';
import { list, optionalChoice, optionalText } from '../../../platform/http/fields.ts';
import { longText, TEXT_MAX } from '../question/question.schema.ts';
import { listGroupNames } from './triage.rules.ts';

export const answerForm = z.object({ answer: longText('questions.answer.required') });

export const pointForm = z.object({
  entries: list(z.string().max(100)).refine((v) => v.length > 0, 'questions.point.noEntries'),
  note: optionalText(TEXT_MAX, { multiline: true }),
});

/** The coordinators' list: a group (`toon`), or a reference to look for (`zoek`). */
export const listQuery = z.object({
  toon: optionalChoice(listGroupNames),
  zoek: optionalText(20),
});
