import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { talents } from '../../help/index.ts';
import type { PoolPerson } from '../pools/pools.rules.ts';
import { PersonCard } from '../pools/search.views.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Proposal } from './proposals.repository.ts';
import { callForm } from './proposals.schema.ts';

export interface CallData {
  proposal: Proposal;
  candidates: PoolPerson[];
  matched: { userId: string; name: string }[];
  notice?: string;
}

/** The coordinator's page for a project's call: what it asks, who in the pools fits, and who is matched. */
export function callPage(ctx: PageContext, form: FormState, data: CallData): Page {
  const { t } = ctx;
  const { proposal } = data;
  const base = `${coopBase(ctx)}/projecten/${proposal.id}`;
  const labels = { talent: t('cooperative.call.talent'), text: t('cooperative.call.text'), person: t('cooperative.call.person') };
  return {
    title: t('cooperative.call.pageTitle', { title: proposal.title }),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs
          ctx={ctx}
          trail={[
            { href: `${coopBase(ctx)}/projecten`, label: t('cooperative.projects.title') },
            { href: base, label: proposal.title },
          ]}
        />
        <Heading title={t('cooperative.call.pageTitle', { title: proposal.title })} intro={t('cooperative.call.intro')} />
        {data.notice === undefined ? '' : <Notice text={data.notice} />}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`${base}/oproep`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            t={t}
            form={form}
            name="talent"
            label={labels.talent}
            placeholder={t('cooperative.call.talent.choose')}
            options={talents.map((x) => ({ value: x, label: t(`help.talent.${x}`) }))}
          />
          <TextAreaField t={t} form={form} name="text" label={labels.text} rows={3} maxlength={maxLengthOf(callForm, 'text')} />
          <SubmitButton label={t('cooperative.call.save')} />
        </form>
        <h2 class="utrecht-heading-2" safe>
          {t('cooperative.call.matched')}
        </h2>
        <Paragraph text={data.matched.length === 0 ? t('cooperative.call.noneMatched') : data.matched.map((m) => m.name).join(', ')} />
        {proposal.callTalent === null ? (
          ''
        ) : (
          <>
            <h2 class="utrecht-heading-2" safe>
              {t('cooperative.call.candidates', { talent: t(`help.talent.${proposal.callTalent}`) })}
            </h2>
            {data.candidates.length === 0 ? <Paragraph text={t('cooperative.call.noCandidates')} /> : ''}
            <ul class="wp-card-list">
              {data.candidates.map((p) => (
                <PersonCard ctx={ctx} p={p}>
                  <form method="post" action={`${base}/oproep/koppelen`}>
                    <CsrfField token={ctx.csrfToken} />
                    <button type="submit" name="person" value={p.userId} class="utrecht-button utrecht-button--secondary-action" safe>
                      {t('cooperative.call.match', { name: p.name })}
                    </button>
                  </form>
                </PersonCard>
              ))}
            </ul>
          </>
        )}
      </>
    ),
  };
}
