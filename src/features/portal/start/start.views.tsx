import type { HomeTask } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { emptyForm, TextField } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { ContactPerson, searchQuery, type WalkInPoint } from '../../guide/index.ts';
import type { BuurtNetwork } from '../networks/networks.repository.ts';
import { networksPath } from '../networks/networks.views.tsx';
import type { Platform } from '../platforms/platforms.repository.ts';
import { PlatformsSection } from '../platforms/platforms.views.tsx';
import { qaPath } from '../qa/qa.views.tsx';
import { FindBuurtForm, findPath } from '../postcodes/postcodes.views.tsx';

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

/** The buurten, each with its network's assistant when known, and the way to the whole table. */
function Buurten({ ctx, district, networks }: { ctx: PageContext; district: District; networks: readonly BuurtNetwork[] }) {
  const known = networks.filter((n) => n.assistant !== null).length;
  return (
    <>
      <h2 class="utrecht-heading-2" id="buurten" safe>
        {ctx.t('portal.home.buurten', { count: networks.length })}
      </h2>
      <ul class="utrecht-link-list utrecht-link-list--html-ul wp-columns">
        {networks.map((n) => (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={`/${district.slug}/buurten/${n.buurtSlug}`} safe>
              {n.buurtName}
            </a>
          </li>
        ))}
      </ul>
      <ul class="utrecht-link-list utrecht-link-list--html-ul wp-columns">
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={networksPath(district)} safe>
            {ctx.t('portal.home.networks', { known, count: networks.length })}
          </a>
        </li>
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={findPath(district)} safe>
            {ctx.t('portal.home.findBuurt')}
          </a>
        </li>
      </ul>
    </>
  );
}

/** The district's one search box (the guide's search, with what other features add to it). */
function SearchBox({ ctx, district }: { ctx: PageContext; district: District }) {
  return (
    <form method="get" action={`/${district.slug}/gids`} class="wp-start-search" role="search" aria-label={ctx.t('portal.home.search')}>
      <TextField
        t={ctx.t}
        form={emptyForm}
        name="q"
        type="search"
        required={false}
        label={ctx.t('portal.home.search')}
        description={ctx.t('portal.home.search.description')}
        maxlength={maxLengthOf(searchQuery, 'q')}
      />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>
        {ctx.t('portal.home.search.submit')}
      </button>
    </form>
  );
}

/** A slot another feature fills (activities, stories); nothing is drawn while no feature has anything for it. */
function Slot({ name, html }: { name: string; html: JSX.Element }) {
  return html === '' ? (
    ''
  ) : (
    <div class="wp-start-slot" data-slot={name}>
      {html}
    </div>
  );
}

export interface StartPageData {
  district: District;
  tasks: readonly HomeTask[];
  point: WalkInPoint | null;
  walkInCount: number;
  networks: BuurtNetwork[];
  /** The platforms and apps the steering group chose (seed 000 §5). */
  platforms: Platform[];
  /** The HTML of the start sections of other features, per slot. */
  slots: { whatsOn: string; news: string };
  now: Date;
}

/** The district's front door: search, whom to call or where to walk in, the tasks, what's on, the news, the platforms and apps, the buurten. */
export function districtHomePage(ctx: PageContext, d: StartPageData): Page {
  const { t } = ctx;
  const title = t('portal.home.title', { district: d.district.name });
  return {
    title,
    body: (
      <>
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t('portal.home.intro', { district: d.district.name })}
        </p>
        <SearchBox ctx={ctx} district={d.district} />
        <ContactPerson ctx={ctx} point={d.point} now={d.now} />
        {d.walkInCount > 1 ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/${d.district.slug}/inlooppunten`} safe>
              {t('portal.home.walkIns', { count: d.walkInCount })}
            </a>
          </p>
        ) : (
          ''
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={qaPath(d.district)} safe>
            {t('portal.home.qa')}
          </a>
        </p>
        <Tasks ctx={ctx} district={d.district} tasks={d.tasks} />
        {/* Slot "whatsOn": the activities feature's "what's on" (today and this week). */}
        <Slot name="whatsOn" html={d.slots.whatsOn} />
        {/* Slot "news": the stories feature's latest stories (Oost voor Elkaar). */}
        <Slot name="news" html={d.slots.news} />
        <PlatformsSection ctx={ctx} district={d.district} platforms={d.platforms} />
        <FindBuurtForm ctx={ctx} district={d.district} />
        <Buurten ctx={ctx} district={d.district} networks={d.networks} />
      </>
    ),
  };
}
