import { z } from 'zod';
import { checkbox, choice, email, list, optionalId, optionalText, text } from '../../../platform/http/fields.ts';
import { plainText } from '../../../platform/http/plain-text.ts';
import { activityThemes } from '../../activities/index.ts';

const storyFields = {
  title: text(150, { required: 'stories.form.title.required' }),
  body: text(6000, { multiline: true, required: 'stories.form.body.required' }),
  buurt: optionalId,
  themes: list(z.enum(activityThemes, { message: 'validation.choice' }), activityThemes.length),
};

/** A resident's story: no account; the name is shown only with consent; the address only for the editor. */
export const submitForm = plainText(
  z.object({
    ...storyFields,
    name: text(100, { required: 'stories.form.name.required' }),
    email: email('stories.form.email.required'),
    showName: checkbox,
    photoAlt: optionalText(300),
  }),
);
export type SubmitInput = z.output<typeof submitForm>;

/** The editor's changes, and whether to publish now. */
export const editForm = plainText(z.object({ ...storyFields, showName: checkbox, publish: choice(['publish', 'save']) }));
export type EditInput = z.output<typeof editForm>;

/** A partner's news item, published at once under their organisation's or their own name. */
export const newsForm = plainText(z.object(storyFields));
export type NewsInput = z.output<typeof newsForm>;
