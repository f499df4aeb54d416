import type { HomeTask } from '../../platform/feature.ts';
import type { Buurt, District } from '../../platform/geography/geography.repository.ts';
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

function Tasks({ ctx, district, tasks }: { ctx: PageContext; district: District; tasks: readonly HomeTask[] }) {
  const visible = tasks.filter((task) => task.visible?.(ctx.user, district) ?? true);
  if (visible.length === 0) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('portal.home.tasks')}
      </h2>
      <ul class="wp-card-list">
        {visible.map((task) => (
          <li class="wp-card">
            <a class="utrecht-link wp-card__link" href={task.href(district)} safe>
              {ctx.t(task.label)}
            </a>
            <p class="utrecht-paragraph" safe>
              {ctx.t(task.description)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function BuurtList({ district, buurten }: { district: District; buurten: readonly Buurt[] }) {
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul wp-columns">
      {buurten.map((b) => (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={`/${district.slug}/buurten/${b.slug}`} safe>
            {b.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function districtHomePage(ctx: PageContext, district: District, buurten: readonly Buurt[], tasks: readonly HomeTask[]): Page {
  const { t } = ctx;
  return {
    title: t('portal.home.title', { district: district.name }),
    body: (
      <>
        <h1 class="utrecht-heading-1" safe>
          {t('portal.home.title', { district: district.name })}
        </h1>
        <Paragraph lead text={t('portal.home.intro', { district: district.name })} />
        <Tasks ctx={ctx} district={district} tasks={tasks} />
        <h2 class="utrecht-heading-2" id="buurten" safe>
          {t('portal.home.buurten', { count: buurten.length })}
        </h2>
        <BuurtList district={district} buurten={buurten} />
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
