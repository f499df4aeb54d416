import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import { emptyForm, ErrorSummary, Notice, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { FoundPlace } from './postcodes.repository.ts';
import { lookupQuery } from './postcodes.schema.ts';

export const findPath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/mijn-buurt${rest}`;
const buurtHref = (p: Pick<FoundPlace, 'districtSlug' | 'buurtSlug'>) => `/${p.districtSlug}/buurten/${p.buurtSlug}`;

/** The one field "postcode or street", on the start page and on its own page (a GET form: it changes nothing). */
export function FindBuurtForm({
  ctx,
  district,
  form = emptyForm,
  heading = true,
}: {
  ctx: PageContext;
  district: District;
  form?: FormState;
  heading?: boolean;
}) {
  const { t } = ctx;
  return (
    <form method="get" action={findPath(district)} class="wp-form wp-find-buurt" aria-labelledby={heading ? 'find-buurt-title' : undefined}>
      {heading ? (
        <h2 class="utrecht-heading-2" id="find-buurt-title" safe>
          {t('portal.find.question')}
        </h2>
      ) : (
        ''
      )}
      <TextField
        t={t}
        form={form}
        name="zoek"
        label={t('portal.find.field')}
        description={t('portal.find.field.description')}
        autocomplete="postal-code"
        maxlength={maxLengthOf(lookupQuery, 'zoek')}
      />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>
        {t('portal.find.submit')}
      </button>
    </form>
  );
}

/** What the lookup found when it does not go straight to the buurt. */
export type LookupAnswer =
  { kind: 'none' } | { kind: 'elsewhere'; place: FoundPlace; postcode: string } | { kind: 'choose'; places: FoundPlace[] };

function Choices({ ctx, places }: { ctx: PageContext; places: readonly FoundPlace[] }) {
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('portal.find.choose')}
      </h2>
      <p class="utrecht-paragraph" safe>
        {ctx.t('portal.find.choose.why')}
      </p>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        {places.map((p) => (
          <li class="utrecht-link-list__item">
            <a class="utrecht-link utrecht-link-list__link" href={buurtHref(p)} safe>
              {ctx.t('portal.find.choice', { street: p.street, buurt: p.buurtName, district: p.districtName })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function Elsewhere({ ctx, district, place, postcode }: { ctx: PageContext; district: District; place: FoundPlace; postcode: string }) {
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {ctx.t('portal.find.elsewhere', { what: postcode, district: place.districtName })}
      </h2>
      <p class="utrecht-paragraph" safe>
        {ctx.t('portal.find.elsewhere.body', { here: district.name, district: place.districtName })}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={buurtHref(place)} safe>
          {ctx.t('portal.find.elsewhere.link', { buurt: place.buurtName, district: place.districtName })}
        </a>
      </p>
    </>
  );
}

export interface LookupPageData {
  district: District;
  form: FormState;
  answer: LookupAnswer;
  /** The district's table is the demo's made-up one. */
  demo: boolean;
  /** An administrator of the district: a link to the table behind it. */
  canImport: boolean;
}

/** "Welke buurt is van mij?": the field, and what was found when it is not one buurt of this district. */
export function lookupPage(ctx: PageContext, d: LookupPageData): Page {
  const { t } = ctx;
  const title = t('portal.find.title');
  return {
    title,
    hasErrors: Object.keys(d.form.errors).length > 0,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <ErrorSummary t={t} form={d.form} labels={{ zoek: t('portal.find.field') }} />
        <p class="utrecht-paragraph" safe>
          {t('portal.find.intro', { district: d.district.name })}
        </p>
        {d.demo ? <Notice kind="warning" text={t('portal.find.demo')} /> : ''}
        <FindBuurtForm ctx={ctx} district={d.district} form={d.form} heading={false} />
        {d.answer.kind === 'choose' ? <Choices ctx={ctx} places={d.answer.places} /> : ''}
        {d.answer.kind === 'elsewhere' ? (
          <Elsewhere ctx={ctx} district={d.district} place={d.answer.place} postcode={d.answer.postcode} />
        ) : (
          ''
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/${d.district.slug}/buurten`} safe>
            {t('portal.find.allBuurten', { district: d.district.name })}
          </a>
        </p>
        {d.canImport ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/${d.district.slug}/beheer/postcodes`} safe>
              {t('portal.find.import')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}
