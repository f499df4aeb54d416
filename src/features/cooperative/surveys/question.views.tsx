import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Crumbs, Heading } from '../shared/components.tsx';
import { surveysPath } from './list.views.tsx';
import type { SurveyWithQuestions } from './surveys.repository.ts';
import { QuestionFields, questionLabels } from './survey.views.tsx';

/** Rewording one question of a survey that has no answers yet. */
export function questionPage(ctx: PageContext, survey: SurveyWithQuestions, questionId: string, form: FormState): Page {
  const { t } = ctx;
  const base = `${surveysPath(ctx)}/${survey.id}`;
  const n = survey.questions.findIndex((q) => q.id === questionId) + 1;
  const title = t('cooperative.surveys.question.edit', { n });
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[
            { href: surveysPath(ctx), label: t('cooperative.surveys.title') },
            { href: base, label: survey.title },
          ]}
        />
        <Heading title={title} intro={t('cooperative.surveys.question.editIntro')} />
        <ErrorSummary t={t} form={form} labels={questionLabels(ctx)} />
        <form class="wp-form" method="post" action={`${base}/vragen/${questionId}`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <QuestionFields ctx={ctx} form={form} />
          <SubmitButton label={t('cooperative.surveys.question.save')} />
        </form>
      </>
    ),
  };
}
