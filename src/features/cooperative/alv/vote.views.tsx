import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { ChoiceGroup } from '../../../platform/layout/forms.tsx';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Alv, AlvItem } from './alv.repository.ts';
import { choices, type Quorum } from './alv.rules.ts';
import { minutesForm } from './alv.schema.ts';
import { resultOf } from './alv.views.tsx';
import { QuorumLine } from './door.views.tsx';

const trailOf = (ctx: PageContext, alv: Alv) => [
  { href: `${coopBase(ctx)}/alv`, label: ctx.t('cooperative.alv.title') },
  { href: `${coopBase(ctx)}/alv/${alv.id}`, label: alv.title },
];

/**
 * The result of one agenda item: as counts (hands raised), or member by member (one member,
 * one vote; a proxy holder's vote counts for the member they hold the proxy of too).
 */
export function votePage(
  ctx: PageContext,
  data: { alv: Alv; item: AlvItem; present: readonly { id: string; name: string; holds: number }[]; quorum: Quorum },
  form: FormState,
): Page {
  const { t } = ctx;
  const { alv, item } = data;
  const base = `${coopBase(ctx)}/alv/${alv.id}/stemmen/${item.id}`;
  const labels = {
    votesFor: t('cooperative.alv.vote.for'),
    votesAgainst: t('cooperative.alv.vote.against'),
    votesAbstained: t('cooperative.alv.vote.abstained'),
    member: t('cooperative.alv.vote.member'),
    choice: t('cooperative.alv.vote.choice'),
  };
  const result = resultOf(t, item);
  return {
    title: t('cooperative.alv.vote.title', { position: item.position }),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={trailOf(ctx, alv)} />
        <Heading title={t('cooperative.alv.vote.title', { position: item.position })} intro={item.title} />
        <QuorumLine ctx={ctx} q={data.quorum} />
        <Paragraph text={result === '' ? t('cooperative.alv.vote.noneYet') : t('cooperative.alv.vote.now', { result })} />
        <ErrorSummary t={t} form={form} labels={labels} />
        <section aria-labelledby="per-member">
          <h2 class="utrecht-heading-2" id="per-member" safe>
            {t('cooperative.alv.vote.perMember')}
          </h2>
          {data.present.length === 0 ? (
            <Paragraph text={t('cooperative.alv.vote.nobodyPresent')} />
          ) : (
            <form class="wp-form" method="post" action={`${base}/lid`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <SelectField
                t={t}
                form={form}
                name="member"
                label={labels.member}
                placeholder={t('cooperative.alv.choose')}
                options={data.present.map((m) => ({
                  value: m.id,
                  label: m.holds > 0 ? t('cooperative.alv.vote.withProxies', { name: m.name, count: m.holds }) : m.name,
                }))}
              />
              <ChoiceGroup
                t={t}
                form={form}
                name="choice"
                legend={labels.choice}
                type="radio"
                options={choices.map((c) => ({ value: c, label: t(`cooperative.alv.vote.${c}`) }))}
              />
              <SubmitButton label={t('cooperative.alv.vote.cast')} />
            </form>
          )}
        </section>
        <section aria-labelledby="counts">
          <h2 class="utrecht-heading-2" id="counts" safe>
            {t('cooperative.alv.vote.asCounts')}
          </h2>
          <Paragraph text={t('cooperative.alv.vote.countsHelp')} />
          <form class="wp-form" method="post" action={`${base}/aantallen`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            {(['votesFor', 'votesAgainst', 'votesAbstained'] as const).map((name) => (
              <TextField t={t} form={form} name={name} label={labels[name]} inputmode="numeric" />
            ))}
            <SubmitButton label={t('cooperative.alv.vote.saveCounts')} secondary />
          </form>
        </section>
      </>
    ),
  };
}

/** The secretary drafts the minutes after the meeting; the next ALV adopts them. */
export function minutesPage(ctx: PageContext, alv: Alv, form: FormState): Page {
  const { t } = ctx;
  const label = t('cooperative.alv.minutes.title');
  return {
    title: t('cooperative.alv.minutes.draftTitle'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={trailOf(ctx, alv)} />
        <Heading title={t('cooperative.alv.minutes.draftTitle')} intro={t('cooperative.alv.minutes.intro')} />
        {alv.minutesAdoptedOn === null ? (
          <>
            <ErrorSummary t={t} form={form} labels={{ minutes: label }} />
            <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/${alv.id}/notulen`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <TextAreaField t={t} form={form} name="minutes" label={label} maxlength={maxLengthOf(minutesForm, 'minutes')} rows={14} />
              <SubmitButton label={t('cooperative.alv.minutes.save')} />
            </form>
          </>
        ) : (
          <Paragraph text={t('cooperative.alv.minutes.alreadyAdopted')} />
        )}
      </>
    ),
  };
}
