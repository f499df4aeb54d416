import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextAreaField, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb, CheckboxGroup, entryPath, guidePath } from '../common/common.views.tsx';
import type { PersonFlag } from '../assessments/experts.repository.ts';
import { assessmentDimensions, scoreLevel } from '../model/entries.rules.ts';
import type { EntryType } from '../model/guide.model.ts';

export function assessPage(ctx: PageContext, district: District, place: { id: string; name: string }, form: FormState): Page {
  const { t } = ctx;
  const title = t('guide.assess.title', { name: place.name });
  const labels: Record<string, string> = { assessedOn: t('guide.assess.date') };
  for (const d of assessmentDimensions) {
    labels[`${d}Score`] = t(`guide.assessment.${d}`);
    labels[`${d}Remarks`] = t('guide.assess.remarks', { what: t(`guide.assessment.${d}`) });
  }
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={[{ href: entryPath(district, 'location', place.id), label: place.name }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('guide.assess.intro')}
        </p>
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`${entryPath(district, 'location', place.id)}/beoordelen`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField t={t} form={form} name="assessedOn" type="date" label={labels.assessedOn ?? ''} />
          {assessmentDimensions.map((d) => (
            <>
              <CheckboxGroup
                radio
                ctx={ctx}
                form={form}
                name={`${d}Score`}
                legend={labels[`${d}Score`] ?? ''}
                options={[3, 2, 1].map((score) => {
                  const { level, symbol } = scoreLevel(score);
                  return { value: String(score), label: `${symbol} ${t(`guide.assessment.${d}.${level}`)}` };
                })}
              />
              <TextAreaField
                t={t}
                form={form}
                name={`${d}Remarks`}
                required={false}
                rows={2}
                label={labels[`${d}Remarks`] ?? ''}
                maxlength={1000}
              />
            </>
          ))}
          <SubmitButton label={t('guide.assess.submit')} />
        </form>
      </>
    ),
  };
}

export interface ManageEntry {
  type: EntryType;
  id: string;
  name: string;
  verifiedAt: string | null;
  stale: boolean;
}

export interface ManageData {
  district: District;
  entries: ManageEntry[];
  staleCount: number;
  coordinator: boolean;
  administrator: boolean;
  organizations: { id: string; name: string }[];
}

function EntryTable({ ctx, data }: { ctx: PageContext; data: ManageData }) {
  const { t } = ctx;
  return (
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption" safe>
        {t('guide.manage.caption')}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col" safe>
            {t('guide.manage.name')}
          </th>
          <th class="utrecht-table__header-cell" scope="col" safe>
            {t('guide.manage.kind')}
          </th>
          <th class="utrecht-table__header-cell" scope="col" safe>
            {t('guide.manage.verified')}
          </th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {data.entries.map((e) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell">
              <a class="utrecht-link" href={`${entryPath(data.district, e.type, e.id)}/bewerken`} safe>
                {e.name}
              </a>
            </td>
            <td class="utrecht-table__cell" safe>
              {t(`guide.entry.${e.type}`)}
            </td>
            <td class="utrecht-table__cell">
              <span safe>{e.verifiedAt ? formatDate(e.verifiedAt, ctx.lang) : t('guide.verified.never')}</span>
              {e.stale ? (
                <strong class="wp-stale" safe>
                  {` ${t('guide.manage.stale')}`}
                </strong>
              ) : (
                ''
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Link({ href, label }: { href: string; label: string }) {
  return (
    <li class="utrecht-link-list__item">
      <a class="utrecht-link utrecht-link-list__link" href={href} safe>
        {label}
      </a>
    </li>
  );
}

export function managePage(ctx: PageContext, data: ManageData): Page {
  const { t } = ctx;
  const title = t('guide.manage.title');
  return {
    title,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={data.district} trail={[]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        <p class="utrecht-paragraph" safe>
          {t('guide.manage.intro')}
        </p>
        {data.staleCount > 0 ? <Notice kind="warning" text={t('guide.manage.staleCount', { count: data.staleCount })} /> : ''}
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          {data.coordinator ? <Link href={guidePath(data.district, '/organisaties/nieuw')} label={t('guide.new.organization')} /> : ''}
          <Link href={guidePath(data.district, '/aanbod/nieuw')} label={t('guide.new.service')} />
          <Link href={guidePath(data.district, '/plekken/nieuw')} label={t('guide.new.location')} />
          {data.coordinator ? <Link href={guidePath(data.district, '/beheer/import')} label={t('guide.import.title')} /> : ''}
          {data.administrator ? (
            <Link href={guidePath(data.district, '/beheer/ervaringsdeskundigen')} label={t('guide.experts.title')} />
          ) : (
            ''
          )}
        </ul>
        <EntryTable ctx={ctx} data={data} />
      </>
    ),
  };
}

export function expertsPage(ctx: PageContext, district: District, people: readonly PersonFlag[], notice?: string): Page {
  const { t } = ctx;
  const title = t('guide.experts.title');
  return {
    title,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={[{ href: guidePath(district, '/beheer'), label: t('guide.manage.title') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {notice ? <Notice text={notice} /> : ''}
        <p class="utrecht-paragraph" safe>
          {t('guide.experts.intro')}
        </p>
        <ul class="utrecht-unordered-list">
          {people.map((p) => (
            <li class="utrecht-unordered-list__item">
              <span safe>{`${p.name}: ${t(p.expert ? 'guide.experts.yes' : 'guide.experts.no')}`}</span>{' '}
              <form method="post" action={guidePath(district, '/beheer/ervaringsdeskundigen')} class="wp-inline-form">
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="expert" value={p.expert ? 'nee' : 'ja'} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action" safe>
                  {t(p.expert ? 'guide.experts.unset' : 'guide.experts.set', { name: p.name })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </>
    ),
  };
}
