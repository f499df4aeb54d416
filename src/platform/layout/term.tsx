import type { PageContext } from '../http/request-context.ts';

/**
 * A trade word on a staff page, explained on hover (its `title`) and on tap (a link to its
 * `<dfn id>` on the district's glossary, `/{district}/begrippen`). The glossary's catalogs
 * hold `term.{id}.short`, one plain sentence; an acronym (`abbr`) is marked up as one.
 * Use it in running text, never inside another link or a button.
 */
export function Term({ ctx, id, abbr = false, children }: { ctx: PageContext; id: string; abbr?: boolean; children: string }): JSX.Element {
  const title = ctx.t(`term.${id}.short`);
  if (ctx.district === null) return abbr ? <abbr title={title} safe>{children}</abbr> : <span safe>{children}</span>;
  const href = `/${ctx.district.slug}/begrippen#${id}`;
  return (
    <a class="wp-term" href={href} title={title}>
      {abbr ? (
        <abbr title={title} safe>
          {children}
        </abbr>
      ) : (
        <span safe>{children}</span>
      )}
    </a>
  );
}
