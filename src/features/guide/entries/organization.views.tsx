import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { StaleNotice } from '../common/entry.views.tsx';
import { guidePath } from '../common/paths.ts';
import type { Organization } from '../model/guide.model.ts';
import { ContactsSection } from './contacts.views.tsx';
import { Actions, EntryLinks, Item, PhoneLinks, type DetailData } from './detail.views.tsx';

export function organizationPage(ctx: PageContext, d: DetailData, org: Organization): Page {
  const { t } = ctx;
  const services = d.data.services.filter((s) => s.organizationId === org.id && s.status === 'active');
  const places = d.data.locations.filter((l) => l.organizationId === org.id);
  const phones = d.data.phones.filter((p) => p.organizationId === org.id);
  return {
    title: org.name,
    body: (
      <article class="wp-entry">
        <Breadcrumb ctx={ctx} district={d.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {org.name}
        </h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {t(`guide.term.organisatie.${org.kind}`)}
        </p>
        {org.description.split(/\n{2,}/).map((p) => (
          <p class="utrecht-paragraph" safe>
            {p}
          </p>
        ))}
        <dl class="utrecht-data-list">
          {phones.length ? (
            <Item label={t('guide.phone')}>
              <PhoneLinks phones={phones} />
            </Item>
          ) : (
            ''
          )}
          {org.email ? (
            <Item label={t('guide.email')}>
              <a class="utrecht-link" href={`mailto:${org.email}`} safe>
                {org.email}
              </a>
            </Item>
          ) : (
            ''
          )}
          {org.website ? (
            <Item label={t('guide.website')}>
              <a class="utrecht-link" href={org.website} safe>
                {org.website}
              </a>
            </Item>
          ) : (
            ''
          )}
        </dl>
        <ContactsSection ctx={ctx} contacts={d.data.contacts.filter((c) => c.organizationId === org.id)} />
        <h2 class="utrecht-heading-2" safe>
          {t('guide.organization.services')}
        </h2>
        {services.length ? (
          <EntryLinks district={d.district} entries={services} type="service" />
        ) : (
          <p class="utrecht-paragraph" safe>
            {t('guide.organization.noServices')}
          </p>
        )}
        {places.length ? (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('guide.organization.places')}
            </h2>
            <EntryLinks district={d.district} entries={places} type="location" />
          </>
        ) : (
          ''
        )}
        <StaleNotice ctx={ctx} stale={d.stale} verifiedAt={org.lastVerifiedAt} />
        <Actions ctx={ctx} d={d} type="organization" id={org.id} />
        <p class="utrecht-paragraph wp-no-print">
          <a class="utrecht-link" href={guidePath(d.district)} safe>
            {t('guide.backToSearch')}
          </a>
        </p>
      </article>
    ),
  };
}
