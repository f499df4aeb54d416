import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { AssessmentView } from '../assessments/assessment.views.tsx';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { StaleNotice } from '../common/entry.views.tsx';
import { entryPath } from '../common/paths.ts';
import { ScheduleList } from '../common/schedule.views.tsx';
import type { Location } from '../model/guide.model.ts';
import { ContactsSection } from './contacts.views.tsx';
import { Actions, addressOf, EntryLinks, Item, OpenNow, PhoneLinks, schedulesOf, type DetailData } from './detail.views.tsx';

export function locationPage(ctx: PageContext, d: DetailData, place: Location): Page {
  const { t } = ctx;
  const org = d.data.organizations.find((o) => o.id === place.organizationId);
  const services = d.data.services.filter(
    (s) => s.status === 'active' && d.data.serviceAtLocations.some((sal) => sal.serviceId === s.id && sal.locationId === place.id),
  );
  const phones = d.data.phones.filter((p) => p.locationId === place.id);
  return {
    title: place.name,
    body: (
      <article class="wp-entry">
        <Breadcrumb ctx={ctx} district={d.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {place.name}
        </h1>
        {place.isMeetingPlace ? (
          <p class="utrecht-paragraph">
            <span class="utrecht-status-badge" safe>
              {t('guide.location.meetingPlace')}
            </span>
          </p>
        ) : (
          ''
        )}
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {addressOf(place, d.buurten)}
        </p>
        <OpenNow ctx={ctx} d={d} />
        {place.description.split(/\n{2,}/).map((p) => (
          <p class="utrecht-paragraph" safe>
            {p}
          </p>
        ))}
        <dl class="utrecht-data-list">
          {org ? (
            <Item label={t('guide.location.organization')}>
              <a class="utrecht-link" href={entryPath(d.district, 'organization', org.id)} safe>
                {org.name}
              </a>
            </Item>
          ) : (
            ''
          )}
          {place.transportation ? (
            <Item label={t('guide.location.transportation')}>
              <span safe>{place.transportation}</span>
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
        </dl>
        <h2 class="utrecht-heading-2" safe>
          {t('guide.when')}
        </h2>
        <ScheduleList ctx={ctx} schedules={schedulesOf(d.data, (s) => s.locationId === place.id)} />
        <h2 class="utrecht-heading-2" safe>
          {t('guide.location.access')}
        </h2>
        {place.accessibilityDescription ? (
          <p class="utrecht-paragraph" safe>
            {place.accessibilityDescription}
          </p>
        ) : (
          ''
        )}
        <h3 class="utrecht-heading-3" safe>
          {t('guide.assessment.title')}
        </h3>
        <AssessmentView ctx={ctx} assessment={place.assessment} remarks={d.remarks ?? null} />
        {services.length ? (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('guide.location.services')}
            </h2>
            <EntryLinks district={d.district} entries={services} type="service" />
          </>
        ) : (
          ''
        )}
        <ContactsSection ctx={ctx} contacts={d.data.contacts.filter((c) => c.locationId === place.id)} />
        <StaleNotice ctx={ctx} stale={d.stale} verifiedAt={place.lastVerifiedAt} />
        <Actions ctx={ctx} d={d} type="location" id={place.id} />
      </article>
    ),
  };
}
