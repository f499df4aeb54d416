import { z } from 'zod';
import { choice, id, optionalEmail, optionalId, optionalText, text } from '../../../platform/http/fields.ts';
import { kinds } from '../shared/talents.rules.ts';

/** What a triaged question brings along; the phone is as the question recorded it. */
export const handoverInput = z.object({
  districtId: id,
  buurtId: id,
  kind: choice(kinds),
  what: text(2000, { multiline: true }),
  requesterName: text(100),
  phone: optionalText(30),
  email: optionalEmail(),
  street: optionalText(120),
  wishedTime: optionalText(200),
  questionId: id,
  createdBy: optionalId,
});
