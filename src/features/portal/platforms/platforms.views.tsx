import { PageHeading } from '../../../platform/layout/text.tsx';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { ContactPerson, type WalkInPoint } from '../../guide/index.ts';
import type { Platform } from './platforms.repository.ts';
import { platformForm } from './platforms.schema.ts';

export const platformsPath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/platforms-en-apps${rest}`;

function chosenText(ctx: PageContext, p: Platform): string {
  return p.chosenOn === null
    ? ctx.t('portal.platform.chosenOn.unknown')
    : ctx.t('portal.platform.chosenOn.is', { date: formatDate(p.chosenOn, ctx.lang) });
}

function PlatformName({ p }: { p: Platform }) {
  return p.link === null ? (
    <span safe>{p.name}</span>
  ) : (
    <a class="utrecht-link" href={p.link} rel="noopener" safe>
      {p.name}
    </a>
  );
}

/** One platform as a card: name (a link when known), what for, for whom, when chosen. */
function PlatformCard({ ctx, district, p, canEdit }: { ctx: PageContext; district: District; p: Platform; canEdit: boolean }) {
  const { t } = ctx;
  return (
    <li class="wp-card">
      <h2 class="utrecht-heading-3">
        <PlatformName p={p} />
      </h2>
      <p class="utrecht-paragraph" safe>
        {p.purpose}
      </p>
      <p class="utrecht-paragraph" safe>
        {t('portal.platform.forWhom', { audience: p.audience })}
      </p>
      <p class="utrecht-paragraph wp-muted" safe>
        {p.link === null ? `${chosenText(ctx, p)} ${t('portal.platform.link.unknown')}` : chosenText(ctx, p)}
      </p>
      {canEdit ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={platformsPath(district, `/${p.id}/wijzigen`)} safe>
            {t('portal.platform.editOne', { name: p.name })}
          </a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

export interface PlatformsPageData {
  district: District;
  platforms: readonly Platform[];
  canEdit: boolean;
  point: WalkInPoint | null;
  now: Date;
  notice?: string;
}

export function platformsPage(ctx: PageContext, d: PlatformsPageData): Page {
  const { t } = ctx;
  const title = t('portal.platforms.title', { district: d.district.name });
  return {
    title,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[]} />
        <PageHeading
          text={title}
          intro={t('portal.platforms.intro')}
          explain={{ ctx, terms: [{ word: 'regiegroep', id: 'regiegroep' }] }}
        />
        {d.notice ? <Notice text={d.notice} /> : ''}
        {d.platforms.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('portal.platforms.none')}
          </p>
        ) : (
          <ul class="wp-card-list">
            {d.platforms.map((p) => (
              <PlatformCard ctx={ctx} district={d.district} p={p} canEdit={d.canEdit} />
            ))}
          </ul>
        )}
        {d.canEdit ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={platformsPath(d.district, '/nieuw')} safe>
              {t('portal.platform.add')}
            </a>
          </p>
        ) : (
          ''
        )}
        <ContactPerson ctx={ctx} point={d.point} now={d.now} />
      </>
    ),
  };
}

/** On the district's start page: the names with their links, and the way to the whole list. */
export function PlatformsSection({ ctx, district, platforms }: { ctx: PageContext; district: District; platforms: readonly Platform[] }) {
  if (platforms.length === 0) return '';
  return (
    <section class="wp-start-block" aria-labelledby="start-platforms">
      <h2 class="utrecht-heading-2" id="start-platforms" safe>
        {ctx.t('portal.platforms.short')}
      </h2>
      <ul class="utrecht-unordered-list">
        {platforms.map((p) => (
          <li>
            <PlatformName p={p} />
            <span safe>{` — ${p.purpose}`}</span>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={platformsPath(district)} safe>
          {ctx.t('portal.platforms.all')}
        </a>
      </p>
    </section>
  );
}

export function platformFormPage(ctx: PageContext, form: FormState, d: { district: District; platform: Platform | null }): Page {
  const { t } = ctx;
  const title = d.platform === null ? t('portal.platform.add') : t('portal.platform.editOne', { name: d.platform.name });
  const action = platformsPath(d.district, d.platform === null ? '/nieuw' : `/${d.platform.id}/wijzigen`);
  const labels = {
    name: t('portal.platform.name'),
    purpose: t('portal.platform.purpose'),
    audience: t('portal.platform.audience'),
    link: t('portal.platform.link'),
    chosenOn: t('portal.platform.chosenOn'),
  };
  const max = (name: string) => maxLengthOf(platformForm, name);
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[{ href: platformsPath(d.district), label: t('portal.platforms.short') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="name" label={labels.name} maxlength={max('name')} />
          <TextAreaField t={t} form={form} name="purpose" label={labels.purpose} rows={3} maxlength={max('purpose')} />
          <TextField
            t={t}
            form={form}
            name="audience"
            label={labels.audience}
            description={t('portal.platform.audience.description')}
            maxlength={max('audience')}
          />
          <TextField
            t={t}
            form={form}
            name="link"
            type="url"
            required={false}
            label={labels.link}
            description={t('portal.platform.link.description')}
            maxlength={max('link')}
          />
          <TextField
            t={t}
            form={form}
            name="chosenOn"
            type="date"
            required={false}
            label={labels.chosenOn}
            description={t('portal.platform.chosenOn.description')}
          />
          <SubmitButton label={t('portal.platform.save')} />
        </form>
        {d.platform === null ? (
          ''
        ) : (
          <form method="post" action={platformsPath(d.district, `/${d.platform.id}/verwijderen`)}>
            <CsrfField token={ctx.csrfToken} />
            <SubmitButton label={t('portal.platform.remove')} secondary />
          </form>
        )}
      </>
    ),
  };
}
