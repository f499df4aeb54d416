import type { z } from 'zod';

/** An HTML tag or a script address: words in a form are shown as words, so markup is refused. */
const markup = /<\s*\/?\s*[a-z!?]|javascript:/i;

/**
 * Refuses markup in every text of the form with a clear message on the field itself, so
 * nothing that looks like a script is stored (it would be escaped anyway, but a person who
 * typed it should hear that it is not taken). "<3" or "a < b" are plain text and pass.
 */
export function plainText<T extends z.ZodObject>(schema: T): T {
  return schema.superRefine((data: Record<string, unknown>, ctx) => {
    for (const [field, value] of Object.entries(data)) {
      if (typeof value === 'string' && markup.test(value)) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.markup' });
    }
  });
}
