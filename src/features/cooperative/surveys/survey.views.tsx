import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
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
import { Paragraph } from '../../../platform/layout/text.tsx';
import { ChoiceGroup } from '../../../platform/layout/forms.tsx';
import { coopBase, Crumbs, day, Heading, LinkList } from '../shared/components.tsx';
import { surveysPath } from './list.views.tsx';
import type { SurveyWithQuestions } from './surveys.repository.ts';
import { questionKinds, type Question } from './surveys.rules.ts';
import { questionForm } from './surveys.schema.ts';

export const answerPath = (ctx: PageContext, surveyId: string): string => `${coopBase(ctx)}/peiling/${surveyId}`;

/** One small form with one button, for a question of the list. */
function QuestionButton({ ctx, action, label }: { ctx: PageContext; action: string; label: string }) {
  return (
    <form class="wp-inline-form" method="post" action={action}>
      <CsrfField token={ctx.csrfToken} />
      <SubmitButton label={label} secondary />
    </form>
  );
}

/** What a question asks and how it is answered, in one line for the coordinator; before the first answer, its tools. */
function QuestionLine({
  ctx,
  question,
  base,
  place,
}: {
  ctx: PageContext;
  question: Question;
  base: string | null;
  place: { n: number; of: number };
}) {
  const { t } = ctx;
  const how = t(`cooperative.surveys.kind.${question.kind}`);
  const options = question.options.length > 0 ? `: ${question.options.join(' · ')}` : '';
  const path = `${base ?? ''}/vragen/${question.id}`;
  const n = { n: place.n };
  return (
    <li class="utrecht-ordered-list__item">
      <strong safe>{question.text}</strong>
      <br />
      <span safe>{`${how}${options}`}</span>
      {base === null ? (
        ''
      ) : (
        <div class="wp-no-print">
          <a class="utrecht-link" href={path} safe>
            {t('cooperative.surveys.question.edit', n)}
          </a>
          {place.n > 1 ? <QuestionButton ctx={ctx} action={`${path}/omhoog`} label={t('cooperative.surveys.question.up', n)} /> : ''}
          {place.n < place.of ? (
            <QuestionButton ctx={ctx} action={`${path}/omlaag`} label={t('cooperative.surveys.question.down', n)} />
          ) : (
            ''
          )}
          <QuestionButton ctx={ctx} action={`${path}/verwijderen`} label={t('cooperative.surveys.question.remove', n)} />
        </div>
      )}
    </li>
  );
}

/** The fields of a question: its kind, its words and the answers to choose from. */
export function QuestionFields({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const labels = questionLabels(ctx);
  return (
    <>
      <ChoiceGroup
        t={t}
        form={form}
        name="kind"
        type="radio"
        legend={labels.kind}
        options={questionKinds.map((k) => ({ value: k, label: t(`cooperative.surveys.kind.${k}`) }))}
      />
      <TextField t={t} form={form} name="text" label={labels.text} maxlength={maxLengthOf(questionForm, 'text')} />
      <TextAreaField
        t={t}
        form={form}
        name="options"
        label={labels.options}
        description={t('cooperative.surveys.question.options.description')}
        required={false}
        maxlength={maxLengthOf(questionForm, 'options')}
      />
    </>
  );
}

export const questionLabels = (ctx: PageContext) => ({
  kind: ctx.t('cooperative.surveys.question.kind'),
  text: ctx.t('cooperative.surveys.question.text'),
  options: ctx.t('cooperative.surveys.question.options'),
});

/** One survey for the coordinator: its questions, a form for one more, and where it is answered. */
export function surveyPage(ctx: PageContext, survey: SurveyWithQuestions, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const base = `${surveysPath(ctx)}/${survey.id}`;
  const labels = questionLabels(ctx);
  const open = survey.responses === 0;
  const links = [
    { href: answerPath(ctx, survey.id), label: t('cooperative.surveys.link.online') },
    { href: `${answerPath(ctx, survey.id)}/afdrukken`, label: t('cooperative.surveys.link.print') },
    { href: `${base}/papier`, label: t('cooperative.surveys.link.paper') },
    { href: `${base}/uitslag`, label: t('cooperative.surveys.link.results') },
  ];
  return {
    title: survey.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: surveysPath(ctx), label: t('cooperative.surveys.title') }]} />
        <Heading title={survey.title} intro={survey.intro === '' ? undefined : survey.intro} />
        {notice ? <Notice text={notice} /> : ''}
        <Paragraph
          text={t('cooperative.surveys.summary', {
            from: day(ctx, survey.opensOn),
            to: day(ctx, survey.closesOn),
            buurten: survey.buurten.map((b) => b.name).join(', '),
            responses: survey.responses,
          })}
        />
        <LinkList links={links} />
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.surveys.questions')}
        </h2>
        {survey.questions.length === 0 ? (
          <Paragraph text={t('cooperative.surveys.noQuestions')} />
        ) : (
          <ol class="utrecht-ordered-list">
            {survey.questions.map((q, i) => (
              <QuestionLine ctx={ctx} question={q} base={open ? base : null} place={{ n: i + 1, of: survey.questions.length }} />
            ))}
          </ol>
        )}
        {!open ? (
          <>
            <ErrorSummary t={t} form={form} labels={labels} />
            <Paragraph text={t('cooperative.surveys.question.answered')} />
          </>
        ) : (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('cooperative.surveys.question.add')}
            </h2>
            <ErrorSummary t={t} form={form} labels={labels} />
            <form class="wp-form" method="post" action={`${base}/vragen`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <QuestionFields ctx={ctx} form={form} />
              <SubmitButton label={t('cooperative.surveys.question.submit')} />
            </form>
          </>
        )}
      </>
    ),
  };
}
