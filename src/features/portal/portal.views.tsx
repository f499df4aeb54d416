import type { PageContext } from '../../platform/http/request-context.ts';
import type { Page } from '../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../platform/layout/text.tsx';

export function chooseDistrictPage(ctx: PageContext): Page {
  const { t } = ctx;
  return {
    title: t('portal.choose.title'),
    body: (
      <>
        <PageHeading text={t('portal.choose.title')} />
        <Paragraph lead text={t('portal.choose.intro')} />
        <ul class="wp-card-list">
          {ctx.districts.map((d) => (
            <li class="wp-card">
              <a class="utrecht-link wp-card__link" href={`/${d.slug}`} safe>{`${d.name} (${d.municipalityName})`}</a>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}

/** The about, accessibility and privacy pages: paragraphs straight from the catalog. */
export function infoPage(ctx: PageContext, topic: 'over' | 'toegankelijkheid' | 'privacy'): Page {
  const title = ctx.t(`portal.info.${topic}.title`);
  const paragraphs = ctx.t(`portal.info.${topic}.body`).split('\n\n');
  return {
    title,
    body: (
      <>
        <PageHeading text={title} />
        {paragraphs.map((p) => (
          <p class="utrecht-paragraph" safe>
            {p}
          </p>
        ))}
      </>
    ),
  };
}
