import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { ContactPerson, phoneOfPoint, type WalkInPoint } from '../../guide/index.ts';
import type { BuurtNetwork } from './networks.repository.ts';
import { networkForm } from './networks.schema.ts';

export const networksPath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/buurtnetwerken${rest}`;

function Unknown({ ctx, point }: { ctx: PageContext; point: WalkInPoint | null }) {
  const phone = phoneOfPoint(point);
  return (
    <span class="wp-unknown">
      <span safe>{ctx.t('portal.network.unknown')}</span>
      {phone === null ? (
        ''
      ) : (
        <>
          {' '}
          <a class="utrecht-link" href={`tel:${phone.replace(/[^0-9+]/g, '')}`} safe>
            {phone}
          </a>
        </>
      )}
    </span>
  );
}

/** How to reach a buurt assistant: their phone and e-mail from the guide, and when they are there. */
function AssistantReach({ ctx, network }: { ctx: PageContext; network: BuurtNetwork }) {
  const a = network.assistant;
  if (a === null) return '';
  return (
    <>
      {a.phone ? (
        <a class="utrecht-link" href={`tel:${a.phone.replace(/[^0-9+]/g, '')}`} safe>
          {a.phone}
        </a>
      ) : (
        ''
      )}{' '}
      {a.email ? (
        <a class="utrecht-link" href={`mailto:${a.email}`} safe>
          {a.email}
        </a>
      ) : (
        ''
      )}
      {network.availability === '' ? '' : <span safe>{` (${ctx.t('portal.network.available', { when: network.availability })})`}</span>}
    </>
  );
}

function NetworksTable(props: {
  ctx: PageContext;
  district: District;
  networks: readonly BuurtNetwork[];
  point: WalkInPoint | null;
  canEdit: boolean;
}) {
  const { ctx, point } = props;
  const t = ctx.t;
  const headers = [t('portal.network.buurt'), t('portal.network.name'), t('portal.network.assistant'), t('portal.network.reach')];
  return (
    <DataTable
      caption={t('portal.networks.caption', { district: props.district.name })}
      headers={props.canEdit ? [...headers, t('portal.network.edit')] : headers}
      rows={props.networks.map((n) => {
        const row = [
          {
            html: (
              <a class="utrecht-link" href={`/${props.district.slug}/buurten/${n.buurtSlug}`} safe>
                {n.buurtName}
              </a>
            ),
          },
          n.name === null ? { html: <Unknown ctx={ctx} point={null} /> } : n.name,
          n.assistant === null ? { html: <Unknown ctx={ctx} point={point} /> } : n.assistant.name,
          { html: <AssistantReach ctx={ctx} network={n} /> },
        ];
        const edit = {
          html: (
            <a class="utrecht-link" href={networksPath(props.district, `/${n.buurtSlug}/wijzigen`)} safe>
              {t('portal.network.editOne', { buurt: n.buurtName })}
            </a>
          ),
        };
        return props.canEdit ? [...row, edit] : row;
      })}
    />
  );
}

export interface NetworksPageData {
  district: District;
  networks: BuurtNetwork[];
  point: WalkInPoint | null;
  canEdit: boolean;
  now: Date;
  notice?: string;
}

export function networksPage(ctx: PageContext, d: NetworksPageData): Page {
  const title = ctx.t('portal.networks.title', { district: d.district.name });
  return {
    title,
    body: (
      <>
        <Breadcrumbs t={ctx.t} district={d.district} steps={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {d.notice ? <Notice text={d.notice} /> : ''}
        <p class="utrecht-paragraph utrecht-paragraph--lead" safe>
          {ctx.t('portal.networks.intro')}
        </p>
        <NetworksTable ctx={ctx} district={d.district} networks={d.networks} point={d.point} canEdit={d.canEdit} />
        <ContactPerson ctx={ctx} point={d.point} now={d.now} />
      </>
    ),
  };
}

/** A buurt's own network and assistant, for the buurt's page (the portal's "neighbourhood" section). */
export function BuurtNetworkSection({ ctx, network, point }: { ctx: PageContext; network: BuurtNetwork; point: WalkInPoint | null }) {
  return (
    <section class="wp-buurt-network">
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('portal.network.title', { buurt: network.buurtName })}
      </h2>
      <dl class="utrecht-data-list">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {ctx.t('portal.network.name')}
          </dt>
          <dd class="utrecht-data-list__item-value">
            {network.name === null ? <Unknown ctx={ctx} point={null} /> : <span safe>{network.name}</span>}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {ctx.t('portal.network.assistant')}
          </dt>
          <dd class="utrecht-data-list__item-value">
            {network.assistant === null ? (
              <Unknown ctx={ctx} point={point} />
            ) : (
              <>
                <span safe>{`${network.assistant.name} `}</span>
                <AssistantReach ctx={ctx} network={network} />
              </>
            )}
          </dd>
        </div>
      </dl>
      <p class="utrecht-paragraph" safe>
        {ctx.t('portal.network.what')}
      </p>
    </section>
  );
}

export function networkEditPage(
  ctx: PageContext,
  form: FormState,
  d: { district: District; buurt: Buurt; assistant: string | null },
): Page {
  const { t } = ctx;
  const title = t('portal.network.editTitle', { buurt: d.buurt.name });
  const labels = { name: t('portal.network.name'), availability: t('portal.network.availability') };
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[{ href: networksPath(d.district), label: t('portal.networks.short') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {d.assistant === null
            ? t('portal.network.assistant.none', { buurt: d.buurt.name })
            : t('portal.network.assistant.is', { name: d.assistant })}
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/${d.district.slug}/gids/beheer`} safe>
            {t('portal.network.assistant.where')}
          </a>
        </p>
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={networksPath(d.district, `/${d.buurt.slug}/wijzigen`)} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="name" required={false} label={labels.name} maxlength={maxLengthOf(networkForm, 'name')} />
          <TextField
            t={t}
            form={form}
            name="availability"
            required={false}
            label={labels.availability}
            description={t('portal.network.availability.description')}
            maxlength={maxLengthOf(networkForm, 'availability')}
          />
          <SubmitButton label={t('portal.network.save')} />
        </form>
      </>
    ),
  };
}
