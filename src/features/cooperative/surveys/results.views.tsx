import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { Crumbs, Heading } from '../shared/components.tsx';
import { optionLabels } from './answer.views.tsx';
import { BarChart } from './bar-chart.tsx';
import { surveysPath } from './list.views.tsx';
import type { SurveyResults } from './surveys.actions.ts';
import { SMALL, type OptionCount, type Question, type QuestionResult } from './surveys.rules.ts';

const shown = (ctx: PageContext, o: OptionCount): [string, string] =>
  o.count === null
    ? [ctx.t('cooperative.surveys.small'), '—']
    : [String(o.count), `${String(o.share ?? 0).replace('.', ctx.lang === 'nl' ? ',' : '.')}%`];

function QuestionResultView({
  ctx,
  index,
  question,
  result,
  texts,
}: {
  ctx: PageContext;
  index: number;
  question: Question;
  result: QuestionResult;
  texts: string[];
}) {
  const { t } = ctx;
  const heading = (
    <h2 class="utrecht-heading-2" safe>
      {`${index + 1}. ${question.text}`}
    </h2>
  );
  const answered = <Paragraph text={t('cooperative.surveys.results.answered', { count: result.answered })} />;
  if (result.tooFew)
    return (
      <>
        {heading}
        {answered}
        <Paragraph text={t('cooperative.surveys.results.tooFew', { min: SMALL })} />
      </>
    );
  if (question.kind === 'open')
    return (
      <>
        {heading}
        {answered}
        {texts.length === 0 ? (
          <Paragraph text={t('cooperative.surveys.results.openHidden')} />
        ) : (
          <ul class="utrecht-unordered-list">
            {texts.map((text) => (
              <li class="utrecht-unordered-list__item" safe>
                {text}
              </li>
            ))}
          </ul>
        )}
      </>
    );
  const labels = new Map(optionLabels(t, question).map((o) => [o.value, o.label]));
  const label = (o: OptionCount) => labels.get(o.value) ?? o.value;
  const visible = result.options.filter((o) => o.count !== 0);
  return (
    <>
      {heading}
      {answered}
      {visible.length === 1 && visible[0] !== undefined ? (
        <p class="utrecht-paragraph">
          <strong safe>{`${label(visible[0])}: ${shown(ctx, visible[0]).join(' · ')}`}</strong>
        </p>
      ) : (
        <BarChart
          ctx={ctx}
          id={`chart-${question.id}`}
          title={question.text}
          series={[t('cooperative.surveys.results.count')]}
          // The needs list is long: its chart shows the needs someone chose, the table all of them.
          bars={(question.kind === 'needs' ? visible : result.options).map((o) => ({ label: label(o), values: [o.count] }))}
          describe={result.options.map((o) => `${label(o)}: ${shown(ctx, o)[0]}`).join(', ')}
        />
      )}
      <DataTable
        caption={question.text}
        hideCaption
        headers={[t('cooperative.surveys.results.answer'), t('cooperative.surveys.results.count'), t('cooperative.surveys.results.share')]}
        rows={result.options.map((o) => [label(o), ...shown(ctx, o)])}
      />
    </>
  );
}

/** The answers of a survey counted per question, for all its buurten or one; small numbers hidden. */
export function resultsPage(ctx: PageContext, data: SurveyResults): Page {
  const { t } = ctx;
  const { survey } = data;
  const base = `${surveysPath(ctx)}/${survey.id}/uitslag`;
  const title = t('cooperative.surveys.results.title', { title: survey.title });
  const filters = [{ href: base, label: t('cooperative.surveys.results.all'), current: data.buurtId === null }].concat(
    survey.buurten.map((b) => ({ href: `${base}?buurt=${b.slug}`, label: b.name, current: data.buurtId === b.id })),
  );
  return {
    title,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: surveysPath(ctx), label: t('cooperative.surveys.title') }]} />
        <Heading title={title} intro={t('cooperative.surveys.results.intro', { count: data.responses })} />
        <Paragraph text={t('cooperative.surveys.results.privacy', { min: SMALL })} />
        <nav aria-label={t('cooperative.surveys.results.filter')}>
          <ul class="wp-survey-key">
            {filters.map((f) => (
              <li>
                <a class="utrecht-link" href={f.href} aria-current={f.current ? 'page' : undefined} safe>
                  {f.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {data.questions.map((q, i) => (
          <QuestionResultView ctx={ctx} index={i} question={q.question} result={q.result} texts={q.texts} />
        ))}
      </>
    ),
  };
}
