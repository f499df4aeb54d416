import { PageHeading } from '../../../platform/layout/text.tsx';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs } from '../../../platform/layout/breadcrumbs.tsx';
import {
  ChoiceGroup,
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
import type { QaItem } from './qa.repository.ts';
import type { QaScope } from './qa.rules.ts';
import { qaForm } from './qa.schema.ts';

export const qaPath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/vragen-en-antwoorden${rest}`;

function Items({
  ctx,
  district,
  items,
  canEdit,
}: {
  ctx: PageContext;
  district: District;
  items: readonly QaItem[];
  canEdit: (scope: QaScope) => boolean;
}) {
  return (
    <>
      {items.map((q) => (
        <section class="wp-qa" aria-labelledby={`qa-${q.id}`}>
          <h3 class="utrecht-heading-3" id={`qa-${q.id}`} safe>
            {q.question}
          </h3>
          {q.answer.split(/\n\s*\n/).map((part) => (
            <p class="utrecht-paragraph" safe>
              {part}
            </p>
          ))}
          {canEdit(q.scope) ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={qaPath(district, `/${q.id}/wijzigen`)} safe>
                {ctx.t('portal.qa.editOne', { question: q.question })}
              </a>
            </p>
          ) : (
            ''
          )}
        </section>
      ))}
    </>
  );
}

export interface QaPageData {
  district: District;
  items: readonly QaItem[];
  canEdit: (scope: QaScope) => boolean;
  point: WalkInPoint | null;
  now: Date;
  notice?: string;
}

/** The district's questions and answers, then those for the whole city (Thuis in je Wijk). */
export function qaPage(ctx: PageContext, d: QaPageData): Page {
  const { t } = ctx;
  const title = t('portal.qa.title', { district: d.district.name });
  const own = d.items.filter((q) => q.scope === 'district');
  const city = d.items.filter((q) => q.scope === 'city');
  return {
    title,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[]} />
        <PageHeading text={title} intro={t('portal.qa.intro')} />
        {d.notice ? <Notice text={d.notice} /> : ''}
        {d.items.length === 0 ? (
          <p class="utrecht-paragraph" safe>
            {t('portal.qa.none')}
          </p>
        ) : (
          ''
        )}
        {own.length === 0 ? (
          ''
        ) : (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('portal.qa.own', { district: d.district.name })}
            </h2>
            <Items ctx={ctx} district={d.district} items={own} canEdit={d.canEdit} />
          </>
        )}
        {city.length === 0 ? (
          ''
        ) : (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('portal.qa.city', { city: d.district.municipalityName })}
            </h2>
            <Items ctx={ctx} district={d.district} items={city} canEdit={d.canEdit} />
          </>
        )}
        {d.canEdit('district') ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={qaPath(d.district, '/nieuw')} safe>
              {t('portal.qa.add')}
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

export function qaFormPage(ctx: PageContext, form: FormState, d: { district: District; item: QaItem | null; cityChoice: boolean }): Page {
  const { t } = ctx;
  const title = d.item === null ? t('portal.qa.add') : t('portal.qa.editOne', { question: d.item.question });
  const action = qaPath(d.district, d.item === null ? '/nieuw' : `/${d.item.id}/wijzigen`);
  const labels = { question: t('portal.qa.question'), answer: t('portal.qa.answer'), scope: t('portal.qa.scope') };
  const scopes: QaScope[] = d.cityChoice ? ['district', 'city'] : ['district'];
  const options = scopes.map((s) => ({
    value: s,
    label: t(`portal.qa.scope.${s}`, { district: d.district.name, city: d.district.municipalityName }),
  }));
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumbs t={t} district={d.district} steps={[{ href: qaPath(d.district), label: t('portal.qa.short') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={action} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="question" label={labels.question} maxlength={maxLengthOf(qaForm, 'question')} />
          <TextAreaField
            t={t}
            form={form}
            name="answer"
            label={labels.answer}
            description={t('portal.qa.answer.description')}
            rows={6}
            maxlength={maxLengthOf(qaForm, 'answer')}
          />
          <ChoiceGroup t={t} form={form} name="scope" type="radio" legend={labels.scope} options={options} checked={['district']} />
          <SubmitButton label={t('portal.qa.save')} />
        </form>
        {d.item === null ? (
          ''
        ) : (
          <form method="post" action={qaPath(d.district, `/${d.item.id}/verwijderen`)}>
            <CsrfField token={ctx.csrfToken} />
            <SubmitButton label={t('portal.qa.remove')} secondary />
          </form>
        )}
      </>
    ),
  };
}
