import type { z } from 'zod';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Link, P } from './blocks.tsx';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';

/** Trade words in step titles (scaling up or down a referral), explained on hover and linked to the glossary. */
const stepTerms: TermWord[] = [
  { word: 'opschalen', id: 'op-en-afschalen' },
  { word: 'afschalen', id: 'op-en-afschalen' },
];

/** What every action page has: a title, the question or referral it is about, a way back. */
export interface ActionFrame {
  title: string;
  intro: string;
  action: string;
  back: string;
  context: JSX.Element;
}

export function framed(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  labels: Record<string, string>,
  fields: JSX.Element,
  submit: string,
): Page {
  const { t } = ctx;
  const context: JSX.Element = frame.context;
  return {
    title: frame.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <p class="utrecht-paragraph">
          <Link href={frame.back} text={t('questions.form.back')} />
        </p>
        <h1 class="utrecht-heading-1">
          <TermIn ctx={ctx} text={frame.title} terms={stepTerms} />
        </h1>
        {context}
        <P text={frame.intro} />
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={frame.action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          {fields}
          <SubmitButton label={submit} />
        </form>
      </>
    ),
  };
}

/**
 * One text field: an answer, a message, a reason for declining, an outcome. Its words come
 * from `questions.<step>.field`, `.field.description` (when `described`) and `.submit`.
 */
export function textPage(
  ctx: PageContext,
  frame: ActionFrame,
  form: FormState,
  field: { schema: z.ZodObject; name: string; step: string; described: boolean },
): Page {
  const key = `questions.${field.step}`;
  const label = ctx.t(`${key}.field`);
  const input = (
    <TextAreaField
      t={ctx.t}
      form={form}
      name={field.name}
      rows={6}
      maxlength={maxLengthOf(field.schema, field.name)}
      label={label}
      description={field.described ? ctx.t(`${key}.field.description`) : undefined}
    />
  );
  return framed(ctx, frame, form, { [field.name]: label }, input, ctx.t(`${key}.submit`));
}

/** The frame of a step page: its words from `questions.<step>.title` and `.intro`; it posts to `<home>/<slug>`. */
export function stepFrame(ctx: PageContext, where: { step: string; home: string; slug: string }, context: JSX.Element): ActionFrame {
  return {
    title: ctx.t(`questions.${where.step}.title`),
    intro: ctx.t(`questions.${where.step}.intro`),
    action: `${where.home}/${where.slug}`,
    back: where.home,
    context,
  };
}
