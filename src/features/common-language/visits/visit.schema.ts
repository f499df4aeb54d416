import { z } from 'zod';
import {
  checkbox,
  choice,
  date,
  id,
  integer,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalPhone,
  optionalText,
} from '../../../platform/http/fields.ts';
import { coreAnswerFields } from '../core/core-answers.schema.ts';

/** Where a visit took place: at the resident's home, at one of the guide's walk-in points, or elsewhere. */
export const visitPlaces = ['home', 'walk_in', 'elsewhere'] as const;

/**
 * A buurt assistant's visit: the day, where, the buurt, the resident's name and contact only
 * with their consent, "Het goede gesprek", what was agreed and the next step with its date.
 */
export const visitForm = z.object({
  visitedOn: date('common-language.visit.dateRequired'),
  place: choice(visitPlaces, 'common-language.visit.placeRequired'),
  walkIn: optionalId,
  buurt: id,
  consent: checkbox,
  name: optionalText(120),
  email: optionalEmail(),
  phone: optionalPhone(),
  ...coreAnswerFields,
  agreed: optionalText(2000, { multiline: true }),
  nextStep: optionalText(500, { multiline: true }),
  nextStepOn: optionalDate(),
});
export type VisitInput = z.output<typeof visitForm>;

/** "Mijn bezoeken" is paged. */
export const visitListQuery = z.object({ pagina: integer(1, 100_000).optional().default(1) });
