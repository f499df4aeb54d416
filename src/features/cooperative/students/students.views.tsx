import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph, DataList } from '../../../platform/layout/text.tsx';
import type { StudentReferral } from '../../help/index.ts';
import { coopBase, Crumbs, day, Heading } from '../shared/components.tsx';
import type { Queue } from './students.actions.ts';
import type { Student } from './students.repository.ts';
import { handBackForm, studentForm } from './students.schema.ts';

function needRows(ctx: PageContext, n: StudentReferral): [string, string][] {
  const { t } = ctx;
  return [
    [t('cooperative.students.what'), n.what],
    [t('cooperative.students.buurt'), n.buurtName],
    [t('cooperative.students.when'), n.wishedTime ?? '—'],
    [t('cooperative.students.requester'), [n.requesterName, n.phone, n.email].filter((x) => x !== null).join(', ')],
    [t('cooperative.students.referredOn'), day(ctx, n.referredAt)],
    [t('cooperative.students.deskNote'), n.note ?? '—'],
  ];
}

function Need({ ctx, n, suggested, form }: { ctx: PageContext; n: StudentReferral; suggested: readonly Student[]; form: FormState }) {
  const { t } = ctx;
  const base = `${coopBase(ctx)}/studenten/vragen/${n.requestId}`;
  const id = n.requestId;
  const reason = form.values.request === id ? (form.values.reason ?? '') : '';
  return (
    <section class="wp-card wp-stack" aria-labelledby={`need-${id}`}>
      <h3 class="utrecht-heading-3" id={`need-${id}`} safe>
        {t('cooperative.students.need', { name: n.requesterName })}
      </h3>
      <DataList rows={needRows(ctx, n)} />
      {suggested.length === 0 ? (
        <Paragraph text={t('cooperative.students.noneAvailable')} />
      ) : (
        <form method="post" action={`${base}/koppelen`} class="wp-form">
          <CsrfField token={ctx.csrfToken} />
          <div class="utrecht-form-field utrecht-form-field--distanced">
            <label class="utrecht-form-label" for={`student-${id}`} safe>
              {t('cooperative.students.choose')}
            </label>
            <select class="utrecht-select utrecht-select--html-select" id={`student-${id}`} name="student">
              {suggested.map((s) => (
                <option value={s.id} safe>
                  {t('cooperative.students.option', {
                    name: s.name,
                    programme: s.programme,
                    hours: s.hoursPerWeek,
                    until: day(ctx, s.periodEnd),
                  })}
                </option>
              ))}
            </select>
          </div>
          <SubmitButton label={t('cooperative.students.match')} />
        </form>
      )}
      <form method="post" action={`${base}/teruggeven`} class="wp-form">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="request" value={id} />
        <div class="utrecht-form-field utrecht-form-field--distanced">
          <label class="utrecht-form-label" for={`reason-${id}`} safe>
            {t('cooperative.students.reason')}
          </label>
          <textarea
            class="utrecht-textarea utrecht-textarea--html-textarea"
            id={`reason-${id}`}
            name="reason"
            rows="2"
            maxlength={maxLengthOf(handBackForm, 'reason')}
            safe
          >
            {reason}
          </textarea>
        </div>
        <SubmitButton secondary label={t('cooperative.students.handBack')} />
      </form>
    </section>
  );
}

function NewStudent({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  const label = (f: string) => t(`cooperative.student.${f}`);
  const max = (f: string) => maxLengthOf(studentForm, f);
  return (
    <form class="wp-form" method="post" action={`${coopBase(ctx)}/studenten/nieuw`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField t={t} form={form} name="name" label={label('name')} maxlength={max('name')} />
      <TextField t={t} form={form} name="email" type="email" label={label('email')} />
      <TextField t={t} form={form} name="programme" label={label('programme')} maxlength={max('programme')} />
      <TextField t={t} form={form} name="institution" label={label('institution')} maxlength={max('institution')} />
      <TextField t={t} form={form} name="periodStart" type="date" label={label('periodStart')} />
      <TextField t={t} form={form} name="periodEnd" type="date" label={label('periodEnd')} />
      <TextField t={t} form={form} name="hoursPerWeek" type="number" inputmode="numeric" label={label('hoursPerWeek')} />
      <SubmitButton label={t('cooperative.student.add')} />
    </form>
  );
}

/** The Wijkleerhuis contact's page: long-running needs to take on or hand back, and the student pool. */
export function studentsPage(ctx: PageContext, queue: Queue, form: FormState, notice?: string): Page {
  const { t } = ctx;
  const fields = ['name', 'email', 'programme', 'institution', 'periodStart', 'periodEnd', 'hoursPerWeek'];
  const labels = {
    ...Object.fromEntries(fields.map((f) => [f, t(`cooperative.student.${f}`)])),
    student: t('cooperative.students.choose'),
    reason: t('cooperative.students.reason'),
  };
  return {
    title: t('cooperative.students.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} />
        <Heading title={t('cooperative.students.title')} intro={t('cooperative.students.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.students.waiting', { count: queue.waiting.length })}
        </h2>
        {queue.waiting.length === 0 ? <Paragraph text={t('cooperative.students.noneWaiting')} /> : ''}
        {queue.waiting.map((n) => (
          <Need ctx={ctx} n={n} suggested={queue.suggested} form={form} />
        ))}
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.students.taken')}
        </h2>
        {queue.taken.length === 0 ? <Paragraph text={t('cooperative.students.noneTaken')} /> : ''}
        <ul class="utrecht-unordered-list">
          {queue.taken.map((n) => (
            <li class="utrecht-unordered-list__item" safe>
              {t('cooperative.students.takenBy', { student: n.student, what: n.what, buurt: n.buurtName })}
            </li>
          ))}
        </ul>
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.students.pool')}
        </h2>
        {queue.students.length === 0 ? <Paragraph text={t('cooperative.students.noStudents')} /> : ''}
        <ul class="utrecht-unordered-list">
          {queue.students.map((s) => (
            <li class="utrecht-unordered-list__item" safe>
              {t('cooperative.students.line', {
                name: s.name,
                programme: s.programme,
                institution: s.institution,
                from: day(ctx, s.periodStart),
                until: day(ctx, s.periodEnd),
                hours: s.hoursPerWeek,
              })}
            </li>
          ))}
        </ul>
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.student.add')}
        </h2>
        <NewStudent ctx={ctx} form={form} />
      </>
    ),
  };
}
