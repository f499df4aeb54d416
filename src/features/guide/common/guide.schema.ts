/** What the guide asks of its texts beyond the platform's fields: its entries are public. */
import { z } from 'zod';
import { optionalText } from '../../../platform/http/fields.ts';

const markup = /<\s*\/?\s*[a-z!?]/i;

/**
 * No HTML or scripts in the named texts of a form. Checked on the whole form, so every field
 * stays the platform's own (and keeps its maximum length for the view).
 */
export function plainTextIn<T extends z.ZodObject>(form: T, names: readonly (keyof z.output<T> & string)[]): T {
  const check = z.superRefine(
    (values: Record<string, unknown>, ctx) => {
      for (const name of names) {
        const value = values[name];
        if (typeof value === 'string' && markup.test(value)) ctx.addIssue({ code: 'custom', path: [name], message: 'guide.text.noMarkup' });
      }
    },
    // Also when another field is wrong altogether (a choice that is none of the options): every problem at once.
    { when: () => true },
  );
  return form.check(check);
}

/**
 * A phone number of an organisation, a place or a contact person. Looser than the platform's
 * phone: organisations also give short service numbers, such as 14 030.
 */
export const guidePhone = optionalText(30).pipe(
  z
    .string()
    .regex(/^[0-9+ ()-]{6,30}$/, 'guide.phone.invalid')
    .nullable(),
);

/** A website or web page of an entry: http or https only. */
export const webAddress = optionalText(500).pipe(z.url({ protocol: /^https?$/, error: 'guide.url.invalid' }).nullable());
