import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { hasPart, models, type ProgrammeKind } from '../programmes/programmes.rules.ts';
import type { Programme } from '../settings/settings.rules.ts';
import { Heading, pactBase } from '../shared/pact.components.tsx';

interface HubLink {
  path: string;
  key: string;
  show: boolean;
}

/** The district's pact at a glance: one card per instrument this person may use. */
export function hubPage(
  ctx: PageContext,
  data: { pactName: string | null; programme: Programme; programmes: readonly ProgrammeKind[]; access: PactAccess; admin: boolean },
): Page {
  const { t } = ctx;
  const district = ctx.district?.name ?? '';
  const links: HubLink[] = [
    { path: '/partners', key: 'partners', show: true },
    { path: '/regiegroep', key: 'steering', show: true },
    { path: '/periodes', key: 'periods', show: data.programmes.some((k) => models[k].periods) },
    { path: '/bijeenkomsten', key: 'meetings', show: true },
    { path: '/wijkagenda', key: 'agenda', show: true },
    { path: '/knelpunten', key: 'bottlenecks', show: data.access.work },
    { path: '/thuis-in-je-wijk', key: 'tijw', show: hasPart(data.programmes, 'core_team') },
  ];
  const title = data.pactName ?? t('pact.hub.title');
  return {
    title,
    body: (
      <>
        <Heading title={title} intro={t(`pact.hub.intro.${data.programme}`, { district })} ctx={ctx} />
        <ul class="wp-card-list">
          {links
            .filter((l) => l.show)
            .map((l) => (
              <li class="wp-card">
                <a class="utrecht-link wp-card__link" href={`${pactBase(ctx)}${l.path}`} safe>
                  {t(`pact.hub.${l.key}`)}
                </a>
                <p class="utrecht-paragraph" safe>
                  {t(`pact.hub.${l.key}.description`)}
                </p>
              </li>
            ))}
          <li class="wp-card">
            <a class="utrecht-link wp-card__link" href={`/${ctx.district?.slug ?? ''}/resultaten`} safe>
              {t('pact.hub.monitoring')}
            </a>
            <p class="utrecht-paragraph" safe>
              {t('pact.hub.monitoring.description')}
            </p>
          </li>
        </ul>
        {data.admin ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${pactBase(ctx)}/instellingen`} safe>
              {t('pact.settings.link')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
