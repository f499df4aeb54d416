import type { Translate } from '../../../platform/i18n/i18n.ts';

/** The labels of a form's fields in the reader's language: `guide.field.<name>`. */
export const labelsOf = (t: Translate, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, t(`guide.field.${f}`)]));
