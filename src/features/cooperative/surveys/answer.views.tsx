import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { Crumbs, day, Heading } from '../shared/components.tsx';
import { ChoiceGroup } from '../../../platform/layout/forms.tsx';
import { surveysPath } from './list.views.tsx';
import type { SurveyWithQuestions } from './surveys.repository.ts';
import { allowedValues, type Question } from './surveys.rules.ts';
import { fieldOf } from './surveys.schema.ts';
import { answerPath } from './survey.views.tsx';

/** The words of each value a question can be answered with. */
export function optionLabels(t: Translate, question: Question): { value: string; label: string }[] {
  return allowedValues(question).map((value) => ({
    value,
    label:
      question.kind === 'needs'
        ? t(`cooperative.need.${value}`)
        : question.kind === 'scale'
          ? t(`cooperative.surveys.scale.${value}`)
          : (question.options[Number(value)] ?? value),
  }));
}

function QuestionField({ t, form, question }: { t: Translate; form: FormState; question: Question }) {
  const name = fieldOf(question);
  if (question.kind === 'open')
    return <TextAreaField t={t} form={form} name={name} label={question.text} required={false} maxlength={1000} />;
  const several = question.kind === 'several' || question.kind === 'needs';
  return (
    <ChoiceGroup
      t={t}
      form={form}
      name={name}
      type={several ? 'checkbox' : 'radio'}
      legend={question.text}
      description={t(several ? 'cooperative.surveys.answer.several' : 'cooperative.surveys.answer.one')}
      options={optionLabels(t, question)}
    />
  );
}

/**
 * The survey's form: online for anyone, without an account or a name; or, for someone at a
 * walk-in point, the same form to type in a paper one (marked as such, and kept as such).
 */
export function answerPage(
  ctx: PageContext,
  survey: SurveyWithQuestions,
  form: FormState,
  mode: 'online' | 'paper',
  notice?: string,
  /** Why the form cannot be sent now (not yet open, closed): then only that is shown. */
  closed?: string,
): Page {
  const { t } = ctx;
  const labels: Record<string, string> = { buurt: t('cooperative.surveys.answer.buurt.label') };
  for (const q of survey.questions) labels[fieldOf(q)] = q.text;
  const paper = mode === 'paper';
  const title = paper ? t('cooperative.surveys.paper.title', { title: survey.title }) : survey.title;
  const action = paper ? `${surveysPath(ctx)}/${survey.id}/papier` : answerPath(ctx, survey.id);
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={paper ? [{ href: `${surveysPath(ctx)}/${survey.id}`, label: survey.title }] : []} />
        <Heading title={title} intro={survey.intro === '' ? undefined : survey.intro} />
        {notice ? <Notice text={notice} /> : ''}
        {closed !== undefined ? (
          <Notice kind="info" text={t(closed)} />
        ) : (
          <>
            {paper ? (
              <Notice kind="info" text={t('cooperative.surveys.paper.marked')} />
            ) : (
              <Paragraph text={t('cooperative.surveys.answer.anonymous')} />
            )}
            <Paragraph text={t('cooperative.surveys.answer.until', { date: day(ctx, survey.closesOn) })} />
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={action} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <SelectField
                t={t}
                form={form}
                name="buurt"
                label={labels.buurt ?? ''}
                description={t('cooperative.surveys.answer.buurt.description')}
                placeholder={t('cooperative.surveys.answer.buurt.choose')}
                options={survey.buurten.map((b) => ({ value: b.slug, label: b.name }))}
              />
              {survey.questions.map((q) => (
                <QuestionField t={t} form={form} question={q} />
              ))}
              <SubmitButton label={t(paper ? 'cooperative.surveys.paper.submit' : 'cooperative.surveys.answer.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}

/** After sending: thanks, and nothing more is asked. */
export function thanksPage(ctx: PageContext, survey: SurveyWithQuestions): Page {
  const { t } = ctx;
  return {
    title: t('cooperative.surveys.answer.thanks.title'),
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.surveys.answer.thanks.title')} />
        <Notice text={t('cooperative.surveys.answer.thanks', { title: survey.title })} />
      </>
    ),
  };
}

/** The form on paper (A4): boxes to tick and lines to write on; volunteers type it in later. */
export function printPage(ctx: PageContext, survey: SurveyWithQuestions): Page {
  const { t } = ctx;
  const Box = () => <span class="wp-survey-paper__box" aria-hidden="true"></span>;
  return {
    title: survey.title,
    body: (
      <div class="wp-survey-paper">
        <Heading title={survey.title} intro={survey.intro === '' ? undefined : survey.intro} />
        <Paragraph text={t('cooperative.surveys.print.how', { date: day(ctx, survey.closesOn) })} />
        <p class="utrecht-paragraph wp-no-print">
          <a class="utrecht-link" href={answerPath(ctx, survey.id)} safe>
            {t('cooperative.surveys.print.online')}
          </a>
        </p>
        <div class="wp-survey-paper__question">
          <h2 class="utrecht-heading-3" safe>
            {t('cooperative.surveys.answer.buurt.label')}
          </h2>
          <ul class="wp-survey-key">
            {survey.buurten.map((b) => (
              <li>
                <Box />
                <span safe>{b.name}</span>
              </li>
            ))}
          </ul>
        </div>
        {survey.questions.map((q, i) => (
          <div class="wp-survey-paper__question">
            <h2 class="utrecht-heading-3" safe>
              {`${i + 1}. ${q.text}`}
            </h2>
            {q.kind === 'open' ? (
              <>
                <div class="wp-survey-paper__lines"></div>
                <div class="wp-survey-paper__lines"></div>
                <div class="wp-survey-paper__lines"></div>
              </>
            ) : (
              <>
                <p class="utrecht-paragraph" safe>
                  {t(q.kind === 'several' || q.kind === 'needs' ? 'cooperative.surveys.answer.several' : 'cooperative.surveys.answer.one')}
                </p>
                <ul class="wp-survey-key">
                  {optionLabels(t, q).map((o) => (
                    <li>
                      <Box />
                      <span safe>{o.label}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
        <Paragraph text={t('cooperative.surveys.print.thanks')} />
      </div>
    ),
  };
}
