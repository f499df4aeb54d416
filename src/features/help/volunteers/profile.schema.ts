import { z } from 'zod';
import { checkbox, choice, list, optionalText, text } from '../../../platform/http/fields.ts';
import { reaches } from '../matching/ranking.rules.ts';
import { when } from '../shared/help.schema.ts';
import { talents } from '../shared/talents.rules.ts';

/** The volunteer's own profile: talents, time, where they live and how far they go. */
export const profileForm = z.object({
  buurt: text(80, { required: 'help.buurt.required' }),
  street: text(120, { required: 'help.street.required' }),
  talents: list(choice(talents), talents.length).refine((l) => l.length > 0, 'help.talents.required'),
  talentNote: optionalText(500, { multiline: true }),
  ...when,
  reach: choice(reaches),
  active: checkbox,
});
