import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CheckboxField,
  ChoiceGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import { coreFieldLabels, CoreQuestionsFieldset } from '../core/core-fieldset.views.tsx';
import { visitForm, visitPlaces } from './visit.schema.ts';

/** What the form offers: the buurten the person acts in and the guide's walk-in points. */
interface VisitFormChoices {
  buurten: Buurt[];
  walkIns: { id: string; name: string }[];
}

const v = (key: string) => `common-language.visit.${key}`;

/** The labels of the visit's fields, for the error summary and the fields themselves. */
function labelsOf(ctx: PageContext): Record<string, string> {
  const { t } = ctx;
  const own = ['visitedOn', 'place', 'walkIn', 'buurt', 'consent', 'name', 'email', 'phone', 'agreed', 'nextStep', 'nextStepOn'];
  return { ...Object.fromEntries(own.map((k) => [k, t(v(`field.${k}`))])), ...coreFieldLabels(t) };
}

/** Recording a buurt assistant's visit: day, place, buurt, the resident (with consent), the core questions and what was agreed. */
export function visitFormPage(ctx: PageContext, form: FormState, choices: VisitFormChoices): Page {
  const { t } = ctx;
  const title = t(v('title'));
  const labels = labelsOf(ctx);
  const field = (name: string) => ({ t, form, name, label: labels[name] ?? name });
  const max = (name: string) => maxLengthOf(visitForm, name);
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <ErrorSummary t={t} form={form} labels={labels} />
        <PageHeading text={title} intro={t(v('intro'))} />
        <form method="post" action={`/${ctx.district?.slug ?? ''}/bezoeken/nieuw`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField {...field('visitedOn')} type="date" description={t(v('visitedOnHelp'))} />
          <ChoiceGroup
            t={t}
            form={form}
            name="place"
            legend={labels.place ?? ''}
            type="radio"
            options={visitPlaces.map((p) => ({ value: p, label: t(v(`place.${p}`)) }))}
          />
          <SelectField
            {...field('walkIn')}
            required={false}
            description={t(v('walkInHelp'))}
            placeholder={t(v('noWalkIn'))}
            options={choices.walkIns.map((w) => ({ value: w.id, label: w.name }))}
          />
          <SelectField
            {...field('buurt')}
            {...(choices.buurten.length === 1 ? {} : { placeholder: t(v('chooseBuurt')) })}
            options={choices.buurten.map((b) => ({ value: b.slug, label: b.name }))}
          />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend" safe>
              {t(v('resident'))}
            </legend>
            <Paragraph text={t(v('residentHelp'))} />
            <CheckboxField {...field('consent')} description={t(v('consentHelp'))} />
            <TextField {...field('name')} required={false} autocomplete="off" maxlength={max('name')} />
            <TextField {...field('email')} type="email" required={false} autocomplete="off" maxlength={max('email')} />
            <TextField {...field('phone')} type="tel" required={false} autocomplete="off" maxlength={max('phone')} />
          </fieldset>
          <CoreQuestionsFieldset ctx={ctx} form={form} />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend" safe>
              {t(v('agreement'))}
            </legend>
            <TextAreaField {...field('agreed')} required={false} rows={3} maxlength={max('agreed')} />
            <TextField {...field('nextStep')} required={false} description={t(v('nextStepHelp'))} maxlength={max('nextStep')} />
            <TextField {...field('nextStepOn')} type="date" required={false} />
          </fieldset>
          <SubmitButton label={t(v('save'))} />
        </form>
      </>
    ),
  };
}
