import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { guidePath } from '../common/paths.ts';

export function openDataPage(ctx: PageContext, district: District, baseUrl: URL): Page {
  const { t } = ctx;
  const title = t('guide.openData.title');
  const links = [
    { href: guidePath(district, '/export/hsds.json'), label: t('guide.openData.hsds') },
    { href: guidePath(district, '/export.csv'), label: t('guide.openData.csv') },
    { href: `/api/hsds/services?district=${district.slug}`, label: t('guide.openData.api') },
    { href: '/api/openapi.json', label: t('guide.openData.openapi') },
  ];
  return {
    title,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('guide.openData.intro', { base: new URL('/api/hsds', baseUrl).href })}
        </p>
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          {links.map((l) => (
            <li class="utrecht-link-list__item">
              <a class="utrecht-link utrecht-link-list__link" href={l.href} safe>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
        <p class="utrecht-paragraph" safe>
          {t('guide.openData.licence')}
        </p>
      </>
    ),
  };
}
