import { may } from '../../../platform/auth/rights.rules.ts';
import type { Buurt } from '../../../platform/geography/geography.repository.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SelectField, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import { Term } from '../../../platform/layout/term.tsx';
import { CoreAnswers, coreFieldLabels, CoreQuestionsFieldset } from '../core/core-fieldset.views.tsx';
import type { Conversation } from './conversation.repository.ts';
import { visitFacts } from '../visits/visit.views.tsx';
import { conversationForm, conversationKinds } from './conversation.schema.ts';

function Intro({ ctx }: { ctx: PageContext }) {
  return (
    <p class="utrecht-paragraph">
      <span safe>{ctx.t('common-language.conversation.introBefore')}</span>{' '}
      <Term ctx={ctx} id="kernvragen" word={ctx.t('term.kernvragen').toLowerCase()} />
      <span safe>{ctx.t('common-language.conversation.introMiddle')}</span>{' '}
      <Term ctx={ctx} id="goed-gesprek" word={ctx.t('term.goed-gesprek').toLowerCase()} />
      <span safe>{ctx.t('common-language.conversation.introAfter')}</span>
    </p>
  );
}

/** Recording a conversation with a resident along the core questions of annex II. */
export function conversationFormPage(ctx: PageContext, form: FormState, buurten: Buurt[]): Page {
  const { t } = ctx;
  const title = t('common-language.conversation.title');
  const labels: Record<string, string> = {
    kind: t('common-language.conversation.kind'),
    buurt: t('common-language.conversation.buurt'),
    name: t('common-language.conversation.name'),
    email: t('common-language.conversation.email'),
    phone: t('common-language.conversation.phone'),
    ...coreFieldLabels(t),
  };
  const field = (name: string) => ({ t, form, name, label: labels[name] ?? name });
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <ErrorSummary t={t} form={form} labels={labels} />
        <PageHeading text={title} />
        <Intro ctx={ctx} />
        <form method="post" action={`/${ctx.district?.slug ?? ''}/gesprekken/nieuw`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            {...field('kind')}
            options={conversationKinds.map((k) => ({ value: k, label: t(`common-language.conversation.kind.${k}`) }))}
          />
          <SelectField
            {...field('buurt')}
            required={false}
            description={t('common-language.conversation.buurtHelp')}
            placeholder={t('common-language.conversation.noBuurt')}
            options={buurten.map((b) => ({ value: b.slug, label: b.name }))}
          />
          <TextField {...field('name')} required={false} autocomplete="off" maxlength={maxLengthOf(conversationForm, 'name')} />
          <CoreQuestionsFieldset ctx={ctx} form={form} />
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend" safe>
              {t('common-language.conversation.reach')}
            </legend>
            <Paragraph text={t('common-language.conversation.reachHelp')} />
            <TextField
              {...field('email')}
              type="email"
              required={false}
              autocomplete="off"
              maxlength={maxLengthOf(conversationForm, 'email')}
            />
            <TextField
              {...field('phone')}
              type="tel"
              required={false}
              autocomplete="off"
              maxlength={maxLengthOf(conversationForm, 'phone')}
            />
          </fieldset>
          <SubmitButton label={t('common-language.conversation.save')} />
        </form>
      </>
    ),
  };
}

/** A recorded conversation, with the next steps: write down the question, or take in a request for help. */
export function conversationPage(
  ctx: PageContext,
  c: Conversation,
  shown: { notice: string | undefined; walkInName: string | null; today: string },
): Page {
  const { t } = ctx;
  const { notice } = shown;
  const title =
    c.visit === null
      ? t('common-language.conversation.shownTitle', { date: formatDate(c.createdAt, ctx.lang) })
      : t('common-language.visit.shownTitle', { date: formatDate(c.visit.visitedOn, ctx.lang) });
  const visit = c.visit === null ? [] : visitFacts(ctx, c.visit, shown.walkInName, shown.today);
  const slug = ctx.district?.slug ?? '';
  const roles = ctx.user?.roles ?? [];
  const facts: [string, string | null][] = [
    [t('common-language.conversation.kind'), t(`common-language.conversation.kind.${c.kind}`)],
    [t('common-language.conversation.buurt'), c.buurtName],
    [t('common-language.conversation.name'), c.residentName],
  ];
  return {
    title,
    body: (
      <>
        <PageHeading text={title} />
        {notice === undefined ? '' : <Notice text={notice} />}
        <dl class="wp-conversation">
          {facts
            .filter((f): f is [string, string] => f[1] !== null)
            .map(([label, value]) => (
              <>
                <dt safe>{label}</dt>
                <dd safe>{value}</dd>
              </>
            ))}
          {visit
            .filter((f): f is [string, JSX.Element] => f[1] !== null)
            .map(([label, value]) => (
              <>
                <dt safe>{label}</dt>
                <dd>{value}</dd>
              </>
            ))}
        </dl>
        <CoreAnswers ctx={ctx} conversation={c} />
        <h2 class="utrecht-heading-2" safe>
          {t('common-language.conversation.next')}
        </h2>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href={`/${slug}/vraag-stellen`} safe>
              {t('common-language.conversation.toQuestion')}
            </a>
          </li>
          {may(roles, 'help.intake', { districtId: c.districtId, buurtId: c.buurtId }) ? (
            <li>
              <a class="utrecht-link" href={`/${slug}/hulp/balie/nieuw`} safe>
                {t('common-language.conversation.toHelp')}
              </a>
            </li>
          ) : (
            ''
          )}
          {c.visit === null ? (
            <li>
              <a class="utrecht-link" href={`/${slug}/gesprekken/nieuw`} safe>
                {t('common-language.conversation.another')}
              </a>
            </li>
          ) : (
            <>
              <li>
                <a class="utrecht-link" href={`/${slug}/bezoeken/nieuw`} safe>
                  {t('common-language.visit.another')}
                </a>
              </li>
              <li>
                <a class="utrecht-link" href={`/${slug}/bezoeken`} safe>
                  {t('common-language.visit.listTitle')}
                </a>
              </li>
            </>
          )}
        </ul>
      </>
    ),
  };
}
