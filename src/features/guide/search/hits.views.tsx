import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { entryPath } from '../common/paths.ts';
import { OrgName } from '../../../platform/layout/term.tsx';
import type { SearchHit } from './search.repository.ts';

export function HitList({ ctx, district, hits }: { ctx: PageContext; district: District; hits: readonly SearchHit[] }) {
  const { t } = ctx;
  return (
    <ol class="wp-hit-list">
      {hits.map((hit) => (
        <li class="wp-hit">
          <span class="utrecht-status-badge wp-hit__type" safe>
            {t(`guide.entry.${hit.entryType}`)}
          </span>
          <a class="utrecht-link wp-card__link" href={entryPath(district, hit.entryType, hit.entryId)} safe>
            {hit.name}
          </a>
          {hit.subtitle ? (
            hit.entryType === 'organization' ? (
              <p class="utrecht-paragraph wp-hit__subtitle" safe>
                {t(`guide.term.organisatie.${hit.subtitle}`)}
              </p>
            ) : (
              <p class="utrecht-paragraph wp-hit__subtitle">
                <OrgName ctx={ctx} name={hit.subtitle} />
              </p>
            )
          ) : (
            ''
          )}
          {hit.summary ? (
            <p class="utrecht-paragraph" safe>
              {hit.summary}
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ol>
  );
}
