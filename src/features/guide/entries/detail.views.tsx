import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb, entryPath, guidePath, StaleNotice } from '../common/common.views.tsx';
import type { Contact, Dataset, Location, Organization, Phone, Term } from '../model/guide.model.ts';
import type { OwnedSchedule } from '../model/guide.model.ts';
import type { AssessmentRemarks } from '../assessments/assessments.repository.ts';
import { clockTime, type Hours } from '../model/schedule.rules.ts';

export interface DetailData {
  district: District;
  data: Dataset;
  terms: ReadonlyMap<string, Term>;
  buurten: readonly Buurt[];
  stale: boolean;
  canEdit: boolean;
  canAssess: boolean;
  openNow: Hours | null;
  hasHours: boolean;
  remarks?: AssessmentRemarks | null;
}

export function Item({ label, children }: { label: string; children: JSX.Element }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key" safe>
        {label}
      </dt>
      <dd class="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

export function OpenNow({ ctx, d }: { ctx: PageContext; d: DetailData }) {
  if (!d.hasHours) return '';
  const text = d.openNow ? ctx.t(`guide.openNow.${d.openNow.kind}`, { time: clockTime(d.openNow.closes) }) : ctx.t('guide.openNow.closed');
  return (
    <p class={`utrecht-paragraph wp-open-now${d.openNow ? ' wp-open-now--open' : ''}`}>
      <strong safe>{text}</strong>
    </p>
  );
}

export function PhoneLinks({ phones }: { phones: readonly Pick<Phone, 'number' | 'description'>[] }) {
  return (
    <>
      {phones.map((p) => (
        <span class="wp-phone">
          <a class="utrecht-link" href={`tel:${p.number.replace(/[^0-9+]/g, '')}`} safe>
            {p.number}
          </a>
          {p.description ? <span safe>{` (${p.description})`}</span> : ''}{' '}
        </span>
      ))}
    </>
  );
}

function ContactList({ ctx, contacts }: { ctx: PageContext; contacts: readonly Contact[] }) {
  if (contacts.length === 0) return '';
  return (
    <ul class="wp-card-list">
      {contacts.map((c) => (
        <li class="wp-card">
          <p class="utrecht-paragraph">
            <strong safe>{c.name}</strong>
            {c.title ? <span safe>{`, ${c.title}`}</span> : ''}
          </p>
          <p class="utrecht-paragraph" safe>
            {ctx.t('guide.contact.for', { what: c.contactFor })}
          </p>
          {c.phone ? (
            <p class="utrecht-paragraph">
              <PhoneLinks phones={[{ number: c.phone, description: '' }]} />
            </p>
          ) : (
            ''
          )}
          {c.email ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`mailto:${c.email}`} safe>
                {c.email}
              </a>
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}

export function EntryLinks({
  district,
  entries,
  type,
}: {
  district: District;
  entries: readonly { id: string; name: string }[];
  type: 'service' | 'location' | 'organization';
}) {
  if (entries.length === 0) return '';
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul">
      {entries.map((e) => (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={entryPath(district, type, e.id)} safe>
            {e.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Actions({
  ctx,
  d,
  type,
  id,
}: {
  ctx: PageContext;
  d: DetailData;
  type: 'service' | 'location' | 'organization';
  id: string;
}) {
  if (!d.canEdit && !d.canAssess) return '';
  const base = entryPath(d.district, type, id);
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul wp-no-print wp-entry-actions">
      {d.canEdit ? (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={`${base}/bewerken`} safe>
            {ctx.t(`guide.edit.${type}`)}
          </a>
        </li>
      ) : (
        ''
      )}
      {d.canAssess ? (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={`${base}/beoordelen`} safe>
            {ctx.t('guide.assessment.add')}
          </a>
        </li>
      ) : (
        ''
      )}
    </ul>
  );
}

export const addressOf = (l: Location, buurten: readonly Buurt[]) =>
  [l.streetAddress, [l.postalCode, l.city].filter(Boolean).join(' '), buurten.find((b) => b.id === l.buurtId)?.name]
    .filter(Boolean)
    .join(', ');

export function schedulesOf(data: Dataset, match: (s: OwnedSchedule) => boolean): OwnedSchedule[] {
  return data.schedules.filter(match);
}

export function ContactsSection({ ctx, contacts }: { ctx: PageContext; contacts: readonly Contact[] }) {
  if (contacts.length === 0) return '';
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('guide.contacts')}
      </h2>
      <ContactList ctx={ctx} contacts={contacts} />
    </>
  );
}

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
