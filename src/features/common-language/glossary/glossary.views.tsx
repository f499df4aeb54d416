import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { TermIn } from '../../../platform/layout/term.tsx';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import { coreQuestions } from '../core-questions.ts';
import { keyTerms, tradeWords } from './terms.ts';

function Definitions({ ctx, ids }: { ctx: PageContext; ids: readonly string[] }) {
  return (
    <dl class="wp-glossary">
      {ids.map((id) => (
        <>
          <dt>
            <dfn id={id} safe>
              {ctx.t(`term.${id}`)}
            </dfn>
          </dt>
          <dd safe>{ctx.t(`term.${id}.text`)}</dd>
        </>
      ))}
    </dl>
  );
}

/** The glossary of the common language: key terms, core questions and words of the trade, each with an anchor. */
export function glossaryPage(ctx: PageContext): Page {
  const title = ctx.t('common-language.glossary.title');
  return {
    title,
    body: (
      <>
        <PageHeading text={title} />
        <Paragraph text={ctx.t('common-language.glossary.lead')} lead />
        <h2 class="utrecht-heading-2" safe>
          {ctx.t('common-language.glossary.keyTerms')}
        </h2>
        {/* The source names the wijkpact before its definition further down: link to it. */}
        <p class="utrecht-paragraph">
          <TermIn ctx={ctx} text={ctx.t('common-language.glossary.keyTermsSource')} terms={[{ word: 'wijkpact', id: 'wijkpact' }]} />
        </p>
        <Definitions ctx={ctx} ids={keyTerms} />
        <h2 class="utrecht-heading-2" safe>
          {ctx.t('common-language.glossary.coreQuestions')}
        </h2>
        <Paragraph text={ctx.t('common-language.glossary.coreQuestionsLead')} />
        <ul class="utrecht-unordered-list">
          {coreQuestions.map((q) => (
            <li safe>{ctx.t(`common-language.question.${q}`)}</li>
          ))}
        </ul>
        <h2 class="utrecht-heading-2" safe>
          {ctx.t('common-language.glossary.tradeWords')}
        </h2>
        <Paragraph text={ctx.t('common-language.glossary.tradeWordsLead')} />
        <Definitions ctx={ctx} ids={tradeWords.map((w) => w.id)} />
      </>
    ),
  };
}
