import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import type { Term } from '../model/guide.model.ts';
import type { SearchHit } from '../search/search.repository.ts';
import { termLabelKey } from '../model/taxonomy.ts';

export interface KioskFrame {
  district: District;
  /** Seconds without a touch before the kiosk returns to its start. */
  wait: number;
}

const kioskPath = (k: KioskFrame, rest = '', params: Record<string, string> = {}) => {
  const query = new URLSearchParams({ ...params, ...(k.wait === KIOSK_DEFAULT_WAIT ? {} : { wacht: String(k.wait) }) }).toString();
  return `/${k.district.slug}/kiosk${rest}${query ? `?${query}` : ''}`;
};

export const KIOSK_DEFAULT_WAIT = 120;

function Shell({ ctx, k, children, home }: { ctx: PageContext; k: KioskFrame; children: JSX.Element; home: boolean }) {
  return (
    <div class="wp-kiosk" data-kiosk-start={kioskPath(k)} data-kiosk-wait={String(k.wait)}>
      <p class="utrecht-paragraph wp-kiosk__brand" safe>
        {ctx.t('guide.kiosk.brand', { district: k.district.name })}
      </p>
      {children}
      {home ? (
        ''
      ) : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link-button utrecht-button utrecht-button--primary-action wp-kiosk__button" href={kioskPath(k)} safe>
            {ctx.t('guide.kiosk.home')}
          </a>
        </p>
      )}
      <p class="utrecht-paragraph wp-kiosk__note" safe>
        {ctx.t('guide.kiosk.reset', { seconds: k.wait })}
      </p>
      <script src="/assets/guide-kiosk.js" defer></script>
    </div>
  );
}

function SearchBox({ ctx, k, q }: { ctx: PageContext; k: KioskFrame; q: string }) {
  return (
    <form
      method="get"
      action={`/${k.district.slug}/kiosk/zoeken`}
      class="wp-kiosk__search"
      role="search"
      aria-label={ctx.t('guide.search.label')}
    >
      <label class="utrecht-form-label" for="kiosk-q" safe>
        {ctx.t('guide.kiosk.question')}
      </label>
      <input
        class="utrecht-textbox utrecht-textbox--html-input"
        id="kiosk-q"
        name="q"
        type="search"
        value={q}
        maxlength="200"
        autocomplete="off"
      />
      {k.wait === KIOSK_DEFAULT_WAIT ? '' : <input type="hidden" name="wacht" value={String(k.wait)} />}
      <button type="submit" class="utrecht-button utrecht-button--primary-action wp-kiosk__button" safe>
        {ctx.t('guide.search.submit')}
      </button>
    </form>
  );
}

export function kioskStartPage(ctx: PageContext, k: KioskFrame, kinds: readonly Term[], buurten: readonly Buurt[]): Page {
  const { t } = ctx;
  return {
    title: t('guide.kiosk.title'),
    bare: true,
    body: (
      <Shell ctx={ctx} k={k} home>
        <>
          <h1 class="utrecht-heading-1" safe>
            {t('guide.kiosk.title')}
          </h1>
          <SearchBox ctx={ctx} k={k} q="" />
          <h2 class="utrecht-heading-2" safe>
            {t('guide.card.heading')}
          </h2>
          <ul class="wp-kiosk__tiles">
            {kinds.map((kind) => (
              <li>
                <a class="wp-kiosk__tile" href={kioskPath(k, '/zoeken', { thema: kind.code })} safe>
                  {t(termLabelKey(kind))}
                </a>
              </li>
            ))}
          </ul>
          <h2 class="utrecht-heading-2" safe>
            {t('guide.buurten.link')}
          </h2>
          <ul class="wp-kiosk__tiles">
            {buurten.map((b) => (
              <li>
                <a class="wp-kiosk__tile" href={kioskPath(k, `/buurten/${b.slug}`)} safe>
                  {b.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      </Shell>
    ),
  };
}

function KioskHits({ ctx, hits }: { ctx: PageContext; hits: readonly SearchHit[] }) {
  return (
    <ol class="wp-kiosk__hits">
      {hits.map((h) => (
        <li class="wp-card">
          <h2 class="utrecht-heading-3" safe>
            {h.name}
          </h2>
          <p class="utrecht-paragraph" safe>
            {h.entryType === 'organization' ? ctx.t(`guide.term.organisatie.${h.subtitle}`) : h.subtitle}
          </p>
          {h.summary ? (
            <p class="utrecht-paragraph" safe>
              {h.summary}
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ol>
  );
}

export function kioskResultsPage(
  ctx: PageContext,
  k: KioskFrame,
  r: { title: string; q: string; hits: SearchHit[]; total: number; problem?: string },
): Page {
  const { t } = ctx;
  return {
    title: r.title,
    bare: true,
    refresh: { seconds: k.wait, url: kioskPath(k) },
    body: (
      <Shell ctx={ctx} k={k} home={false}>
        <>
          <h1 class="utrecht-heading-1" safe>
            {r.title}
          </h1>
          <SearchBox ctx={ctx} k={k} q={r.q} />
          {r.problem ? (
            <p class="utrecht-paragraph wp-kiosk__problem" role="alert" safe>
              {r.problem}
            </p>
          ) : (
            <>
              <p class="utrecht-paragraph" aria-live="polite" safe>
                {t('guide.search.results', { count: r.total })}
              </p>
              {r.total === 0 ? (
                <p class="utrecht-paragraph" safe>
                  {t('guide.kiosk.nothing')}
                </p>
              ) : (
                <KioskHits ctx={ctx} hits={r.hits} />
              )}
            </>
          )}
        </>
      </Shell>
    ),
  };
}
