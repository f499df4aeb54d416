import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { ChoiceGroup } from '../../../platform/layout/forms.tsx';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { Survey } from './surveys.repository.ts';
import { surveyForm } from './surveys.schema.ts';

export const surveysPath = (ctx: PageContext): string => `${coopBase(ctx)}/peilingen`;

/** The district's needs surveys, and a form to start a new one (coordinators). */
export function surveysPage(
  ctx: PageContext,
  data: { surveys: readonly Survey[]; buurten: readonly Buurt[]; mayRun: boolean; mayPaper: boolean; mayInsight: boolean },
  form: FormState,
  notice?: string,
): Page {
  const { surveys, buurten, mayRun, mayPaper, mayInsight } = data;
  const link = (href: string, label: string) => ({
    html: (
      <a class="utrecht-link" href={href} safe>
        {label}
      </a>
    ),
  });
  const actions = (s: Survey): [string, string][] => [
    ...(mayInsight ? [[`${base}/${s.id}/uitslag`, t('cooperative.surveys.link.results')] as [string, string]] : []),
    ...(mayPaper ? [[`${base}/${s.id}/papier`, t('cooperative.surveys.link.paper')] as [string, string]] : []),
  ];
  const { t } = ctx;
  const base = surveysPath(ctx);
  const labels = {
    title: t('cooperative.surveys.field.title'),
    intro: t('cooperative.surveys.field.intro'),
    opensOn: t('cooperative.surveys.field.opensOn'),
    closesOn: t('cooperative.surveys.field.closesOn'),
    buurten: t('cooperative.surveys.field.buurten'),
  };
  return {
    title: t('cooperative.surveys.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.surveys.title')} intro={t('cooperative.surveys.intro')} />
        {notice ? <Notice text={notice} /> : ''}
        {mayInsight ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${coopBase(ctx)}/vraag-en-aanbod`} safe>
              {t('cooperative.gap.title')}
            </a>
          </p>
        ) : (
          ''
        )}
        {surveys.length === 0 ? (
          <Paragraph text={t('cooperative.surveys.none')} />
        ) : (
          <DataTable
            caption={t('cooperative.surveys.list')}
            headers={[
              t('cooperative.surveys.field.title'),
              t('cooperative.surveys.period'),
              t('cooperative.surveys.field.buurten'),
              t('cooperative.surveys.responses'),
              t('cooperative.surveys.actions'),
            ]}
            rows={surveys.map((s) => [
              mayRun ? link(`${base}/${s.id}`, s.title) : s.title,
              t('cooperative.surveys.periodValue', { from: day(ctx, s.opensOn), to: day(ctx, s.closesOn) }),
              s.buurten.map((b) => b.name).join(', '),
              String(s.responses),
              {
                html: (
                  <>
                    {actions(s).map(([href, label]) => (
                      <div>
                        <a class="utrecht-link" href={href} safe>
                          {label}
                        </a>
                      </div>
                    ))}
                  </>
                ),
              },
            ])}
          />
        )}
        {mayRun ? <NewSurveyForm ctx={ctx} form={form} buurten={buurten} labels={labels} /> : ''}
      </>
    ),
  };
}

/** The form that starts a new survey (coordinators and the daily board). */
function NewSurveyForm(props: { ctx: PageContext; form: FormState; buurten: readonly Buurt[]; labels: Record<string, string> }) {
  const { ctx, form, buurten, labels } = props;
  const { t } = ctx;
  const base = surveysPath(ctx);
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t('cooperative.surveys.new')}
      </h2>
      <ErrorSummary t={t} form={form} labels={labels} />
      <form class="wp-form" method="post" action={`${base}/nieuw`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField t={t} form={form} name="title" label={labels.title ?? ''} maxlength={maxLengthOf(surveyForm, 'title')} />
        <TextAreaField
          t={t}
          form={form}
          name="intro"
          label={labels.intro ?? ''}
          required={false}
          description={t('cooperative.surveys.field.intro.description')}
          maxlength={maxLengthOf(surveyForm, 'intro')}
        />
        <TextField t={t} form={form} name="opensOn" type="date" label={labels.opensOn ?? ''} />
        <TextField t={t} form={form} name="closesOn" type="date" label={labels.closesOn ?? ''} />
        <ChoiceGroup
          t={t}
          form={form}
          name="buurten"
          type="checkbox"
          legend={labels.buurten ?? ''}
          options={buurten.map((b) => ({ value: b.slug, label: b.name }))}
        />
        <SubmitButton label={t('cooperative.surveys.create')} />
      </form>
    </>
  );
}
