import type { PageContext } from '../http/request-context.ts';
import { TermIn, type TermWord } from './term.tsx';

/** The page's one h1, and a plain paragraph: the two blocks every page repeats. */
/**
 * The page's one h1, with a lead paragraph under it when the page needs one. On a staff page `explain` names the trade words of the lead: their
 * first appearance becomes a glossary `Term` (issue 10 item 11).
 */
export function PageHeading({
  text,
  intro,
  explain,
}: {
  text: string;
  intro?: string | undefined;
  /** Trade words to explain in the lead, and in the title too when `title` (a title that names one first). */
  explain?: { ctx: PageContext; terms: readonly TermWord[]; title?: boolean } | undefined;
}) {
  return (
    <>
      {explain?.title === true ? (
        <h1 class="utrecht-heading-1">
          <TermIn ctx={explain.ctx} text={text} terms={explain.terms} />
        </h1>
      ) : (
        <h1 class="utrecht-heading-1" safe>
          {text}
        </h1>
      )}
      {intro === undefined ? (
        ''
      ) : explain === undefined ? (
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {intro}
        </p>
      ) : (
        <p class="utrecht-paragraph utrecht-paragraph--lead">
          <TermIn ctx={explain.ctx} text={intro} terms={explain.terms} />
        </p>
      )}
    </>
  );
}

export function Paragraph({ text, lead = false }: { text: string; lead?: boolean }) {
  return (
    <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'} safe>
      {text}
    </p>
  );
}

/** Facts as a list of name and value (a person's application, an activity, a project): text only, escaped. */
export function DataList({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl class="utrecht-data-list wp-data-list">
      {rows.map(([key, value]) => (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {key}
          </dt>
          <dd class="utrecht-data-list__item-value" safe>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
