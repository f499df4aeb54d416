import type { PageContext } from '../http/request-context.ts';

/**
 * A trade word on a staff page, explained on hover (its `title`) and on tap (a link to its
 * `<dfn id>` on the district's glossary, `/{district}/begrippen`). The glossary's catalogs
 * hold `term.{id}.short`, one plain sentence; an acronym (`abbr`) is marked up as one.
 * Use it in running text, never inside another link or a button.
 */
export function Term({ ctx, id, abbr = false, word }: { ctx: PageContext; id: string; abbr?: boolean; word: string }): JSX.Element {
  const title = ctx.t(`term.${id}.short`);
  if (ctx.district === null)
    return abbr ? (
      <abbr title={title} safe>
        {word}
      </abbr>
    ) : (
      <span safe>{word}</span>
    );
  const href = `/${ctx.district.slug}/begrippen#${id}`;
  return (
    <a class="wp-term" href={href} title={title}>
      {abbr ? (
        <abbr title={title} safe>
          {word}
        </abbr>
      ) : (
        <span safe>{word}</span>
      )}
    </a>
  );
}

/** A trade word to explain wherever it appears in a text: the word as written, and its glossary id. */
export interface TermWord {
  word: string;
  id: string;
  abbr?: boolean;
}

/**
 * A catalog text with the first appearance of each trade word (case-insensitive) as a
 * `<Term>`, the rest escaped; a text without them comes back unchanged. For headings and
 * paragraphs of staff pages whose words come whole from the catalogs.
 */
export function TermIn({ ctx, text, terms }: { ctx: PageContext; text: string; terms: readonly TermWord[] }): JSX.Element {
  const lower = text.toLowerCase();
  const found = terms
    .map((term) => ({ term, at: lower.indexOf(term.word.toLowerCase()) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at);
  const parts: JSX.Element[] = [];
  let from = 0;
  for (const { term, at } of found) {
    if (at < from) continue;
    const end = at + term.word.length;
    if (at > from) parts.push(<span safe>{text.slice(from, at)}</span>);
    parts.push(<Term ctx={ctx} id={term.id} abbr={term.abbr ?? false} word={text.slice(at, end)} />);
    from = end;
  }
  if (from < text.length) parts.push(<span safe>{text.slice(from)}</span>);
  return <>{parts}</>;
}

/**
 * An organisation's name on a resident page: an acronym the glossary explains (DOCK, NIZU)
 * becomes a `Term`, so residents never meet it unexplained (issue 10.11); other names as they are.
 */
export function OrgName({ ctx, name, inLink = false }: { ctx: PageContext; name: string; inLink?: boolean }): JSX.Element {
  const id = name.toLowerCase();
  const key = `term.${id}.short`;
  if (!/^[A-Z]{2,6}$/.test(name) || ctx.t(key) === key) return <span safe>{name}</span>;
  // Inside a link (or on the kiosk, which has no glossary) the hover text and its visible words explain it.
  if (inLink)
    return (
      <abbr title={ctx.t(key)} safe>
        {name}
      </abbr>
    );
  return <Term ctx={ctx} id={id} abbr word={name} />;
}
