import { OrgName } from '../../../platform/layout/term.tsx';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { costText, StaleNotice, termNames } from '../common/entry.views.tsx';
import { entryPath } from '../common/paths.ts';
import { ScheduleList } from '../common/schedule.views.tsx';
import type { Service } from '../model/guide.model.ts';
import { ContactsSection } from './contacts.views.tsx';
import { Actions, addressOf, Item, OpenNow, PhoneLinks, schedulesOf, type DetailData } from './detail.views.tsx';

function ServiceFacts({ ctx, d, service }: { ctx: PageContext; d: DetailData; service: Service }) {
  const { t } = ctx;
  const org = d.data.organizations.find((o) => o.id === service.organizationId);
  const phones = d.data.phones.filter((p) => p.serviceId === service.id || (org !== undefined && p.organizationId === org.id));
  const audiences = termNames(t, d.terms, service.termIds, 'voor-wie');
  const themes = termNames(t, d.terms, service.termIds, 'thema');
  const buurten = service.buurtIds.map((id) => d.buurten.find((b) => b.id === id)?.name ?? '').filter(Boolean);
  return (
    <dl class="utrecht-data-list">
      <Item label={t('guide.service.forWhom')}>
        <span safe>{[service.eligibilityDescription, ...audiences].filter(Boolean).join('. ') || t('guide.service.everyone')}</span>
      </Item>
      <Item label={t('guide.service.cost')}>
        <span safe>{costText(t, service)}</span>
      </Item>
      {service.applicationProcess ? (
        <Item label={t('guide.service.how')}>
          <span safe>{service.applicationProcess}</span>
        </Item>
      ) : (
        ''
      )}
      <Item label={t('guide.service.kind')}>
        <span safe>{t(service.isInformal ? 'guide.service.informal' : 'guide.service.formal')}</span>
      </Item>
      {themes.length ? (
        <Item label={t('guide.service.themes')}>
          <span safe>{themes.join(', ')}</span>
        </Item>
      ) : (
        ''
      )}
      <Item label={t('guide.service.buurten')}>
        <span safe>{buurten.length ? buurten.join(', ') : t('guide.service.wholeDistrict', { district: d.district.name })}</span>
      </Item>
      {service.languages.length ? (
        <Item label={t('guide.service.languages')}>
          <span safe>{service.languages.map((l) => t(`guide.language.${l}`)).join(', ')}</span>
        </Item>
      ) : (
        ''
      )}
      {phones.length ? (
        <Item label={t('guide.phone')}>
          <PhoneLinks phones={phones} />
        </Item>
      ) : (
        ''
      )}
      {service.email ? (
        <Item label={t('guide.email')}>
          <a class="utrecht-link" href={`mailto:${service.email}`} safe>
            {service.email}
          </a>
        </Item>
      ) : (
        ''
      )}
      {service.url ? (
        <Item label={t('guide.website')}>
          <a class="utrecht-link" href={service.url} safe>
            {service.url}
          </a>
        </Item>
      ) : (
        ''
      )}
    </dl>
  );
}

export function servicePage(ctx: PageContext, d: DetailData, service: Service): Page {
  const { t } = ctx;
  const org = d.data.organizations.find((o) => o.id === service.organizationId);
  const sals = d.data.serviceAtLocations.filter((s) => s.serviceId === service.id);
  const places = d.data.locations.filter((l) => sals.some((s) => s.locationId === l.id));
  const own = schedulesOf(d.data, (s) => s.serviceId === service.id);
  return {
    title: service.name,
    body: (
      <article class="wp-entry">
        <Breadcrumb ctx={ctx} district={d.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {service.name}
        </h1>
        {org ? (
          <p class="utrecht-paragraph utrecht-paragraph--lead">
            <span safe>{t('guide.service.by')}</span>{' '}
            <a class="utrecht-link" href={entryPath(d.district, 'organization', org.id)}>
              <OrgName ctx={ctx} name={org.name} inLink />
            </a>
          </p>
        ) : (
          ''
        )}
        <OpenNow ctx={ctx} d={d} />
        {service.description.split(/\n{2,}/).map((p) => (
          <p class="utrecht-paragraph" safe>
            {p}
          </p>
        ))}
        <ServiceFacts ctx={ctx} d={d} service={service} />
        <h2 class="utrecht-heading-2" safe>
          {t('guide.when')}
        </h2>
        {own.length === 0 && sals.every((s) => !d.data.schedules.some((x) => x.serviceAtLocationId === s.id)) ? (
          <p class="utrecht-paragraph" safe>
            {t('guide.when.ask')}
          </p>
        ) : (
          <ScheduleList ctx={ctx} schedules={own} />
        )}
        {places.length ? (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('guide.where')}
            </h2>
            {places.map((l) => {
              const sal = sals.find((s) => s.locationId === l.id);
              return (
                <section class="wp-card">
                  <h3 class="utrecht-heading-3">
                    <a class="utrecht-link" href={entryPath(d.district, 'location', l.id)} safe>
                      {l.name}
                    </a>
                  </h3>
                  <p class="utrecht-paragraph" safe>
                    {addressOf(l, d.buurten)}
                  </p>
                  <ScheduleList ctx={ctx} schedules={schedulesOf(d.data, (s) => s.serviceAtLocationId === sal?.id)} />
                </section>
              );
            })}
          </>
        ) : (
          ''
        )}
        <ContactsSection ctx={ctx} contacts={d.data.contacts.filter((c) => c.organizationId === service.organizationId)} />
        <StaleNotice ctx={ctx} stale={d.stale} verifiedAt={service.lastVerifiedAt} />
        <Actions ctx={ctx} d={d} type="service" id={service.id} />
      </article>
    ),
  };
}
