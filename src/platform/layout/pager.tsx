import type { PageContext } from '../http/request-context.ts';

/** Previous and next page of a long list, with where the reader is: "Pagina 2 van 40". */
export function Pager({
  ctx,
  href,
  page,
  pageCount,
}: {
  ctx: PageContext;
  href: (page: number) => string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return '';
  const { t } = ctx;
  return (
    <nav class="utrecht-pagination" aria-label={t('pager')}>
      <span class="utrecht-pagination__relative-link-list">
        {page > 1 ? (
          <a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev" href={href(page - 1)} safe>
            {t('pager.previous')}
          </a>
        ) : (
          ''
        )}
        <span class="wp-pager__where" safe>
          {` ${t('pager.where', { page, pages: pageCount })} `}
        </span>
        {page < pageCount ? (
          <a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--next" rel="next" href={href(page + 1)} safe>
            {t('pager.next')}
          </a>
        ) : (
          ''
        )}
      </span>
    </nav>
  );
}
