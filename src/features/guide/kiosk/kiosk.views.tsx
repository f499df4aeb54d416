import { OrgName } from '../../../platform/layout/term.tsx';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { termLabelKey, type Term } from '../model/taxonomy.ts';
import type { SearchHit } from '../search/search.repository.ts';
import { ContactPerson } from '../contact-point/contact-person.views.tsx';
import type { WalkInPoint } from '../contact-point/walk-ins.rules.ts';
import { kioskEntryPath, ReachLines } from './kiosk-entry.views.tsx';
import { kioskPath, SearchBox, Shell, type KioskFrame } from './kiosk-shell.views.tsx';
import type { Reach } from './reach.rules.ts';

export function kioskStartPage(
  ctx: PageContext,
  k: KioskFrame,
  d: { kinds: readonly Term[]; buurten: readonly Buurt[]; whatsOn: JSX.Element; point: WalkInPoint | null; now: Date },
): Page {
  const { kinds, buurten, whatsOn: safeWhatsOn } = d;
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
          <ContactPerson ctx={ctx} point={d.point} now={d.now} />
          {d.whatsOn === '' ? (
            ''
          ) : (
            <div class="wp-start-slot" data-slot="whatsOn">
              {safeWhatsOn}
            </div>
          )}
          <p class="utrecht-paragraph">
            <a class="wp-kiosk__tile" href={kioskPath(k, '/te-doen')} safe>
              {t('guide.kiosk.whatsOn')}
            </a>
          </p>
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

function KioskHits({
  ctx,
  k,
  hits,
  reach,
  now,
}: {
  ctx: PageContext;
  k: KioskFrame;
  hits: readonly SearchHit[];
  reach: ReadonlyMap<string, Reach>;
  now: Date;
}) {
  return (
    <ol class="wp-kiosk__hits">
      {hits.map((h) => (
        <li class="wp-card">
          <h2 class="utrecht-heading-3">
            <a class="utrecht-link wp-kiosk__hit" href={kioskEntryPath(k, h.entryType, h.entryId)} safe>
              {h.name}
            </a>
          </h2>
          <p class="utrecht-paragraph">
            {h.entryType === 'organization' ? (
              <span safe>{ctx.t(`guide.term.organisatie.${h.subtitle}`)}</span>
            ) : (
              <OrgName ctx={ctx} name={h.subtitle} inLink />
            )}
          </p>
          {h.summary ? (
            <p class="utrecht-paragraph" safe>
              {h.summary}
            </p>
          ) : (
            ''
          )}
          {reach.has(h.entryId) ? <ReachLines ctx={ctx} reach={reach.get(h.entryId) as Reach} now={now} /> : ''}
        </li>
      ))}
    </ol>
  );
}

export function kioskResultsPage(
  ctx: PageContext,
  k: KioskFrame,
  r: {
    title: string;
    q: string;
    hits: SearchHit[];
    total: number;
    problem?: string;
    reach: ReadonlyMap<string, Reach>;
    point: WalkInPoint | null;
    now: Date;
  },
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
                <KioskHits ctx={ctx} k={k} hits={r.hits} reach={r.reach} now={r.now} />
              )}
            </>
          )}
          <ContactPerson ctx={ctx} point={r.point} now={r.now} />
        </>
      </Shell>
    ),
  };
}
