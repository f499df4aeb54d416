import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, Notice, SelectField, SubmitButton, TextField, emptyForm, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import type { Indicator } from '../monitoring/indicators.repository.ts';
import { formatValue } from '../monitoring/charts.tsx';
import type { Partner } from '../partners/partners.repository.ts';
import type { PactAccess } from '../shared/access.rules.ts';
import { PactForm } from '../shared/pact.forms.tsx';
import { Badge, Crumbs, date, Heading, Link, pactBase, Para, Table, Text } from '../shared/pact.components.tsx';
import type { Evaluation, Period } from './periods.repository.ts';
import { fieldOf, phaseOf, tally, verdicts, type Phase, type Subject } from './periods.rules.ts';

export interface PeriodsPageData {
  periods: Period[];
  evaluations: Map<string, Evaluation[]>;
  signatures: { periodId: string; partnerId: string; signedOn: string | null }[];
  targets: { periodId: string; indicatorId: string; value: number; year: number }[];
  subjects: (Subject & { label: string })[];
  partners: Partner[];
  indicators: Indicator[];
  today: string;
  access: PactAccess;
  notice?: string;
  /** A form sent with a problem, shown again beside its period. */
  shown?: { periodId: string; form: 'sign' | 'target'; state: FormState };
}

const years = (p: Period) => `${p.startsOn.slice(0, 4)}–${p.endsOn.slice(0, 4)}`;
const phaseTone: Record<Phase, 'neutral' | 'good' | 'warning'> = { draft: 'neutral', running: 'good', ended: 'warning', closed: 'neutral' };

const subjectLabel = (ctx: PageContext, s: Subject & { label: string }) =>
  s.kind === 'commitment' ? ctx.t(`pact.commitment.${s.key}`) : s.label;

function EvaluationTable({ ctx, data, period }: { ctx: PageContext; data: PeriodsPageData; period: Period }) {
  const { t } = ctx;
  const evaluations = data.evaluations.get(period.id) ?? [];
  const counts = tally(evaluations);
  const label = (e: Evaluation) => {
    const subject = data.subjects.find((s) => s.kind === e.subject && s.key === e.key);
    return subject === undefined ? t('pact.period.subjectGone') : subjectLabel(ctx, subject);
  };
  return (
    <>
      <Para text={t('pact.period.tally', { met: counts.met, partly: counts.partly, not: counts.not })} />
      <Table
        caption={t('pact.period.evaluation', { years: years(period) })}
        head={[t('pact.period.subject'), t('pact.period.verdict')]}
        rows={evaluations.map((e) => [<Text value={label(e)} />, <Text value={t(`pact.period.verdict.${e.verdict}`)} />])}
      />
      {period.conclusion === '' ? '' : <Para text={period.conclusion} />}
    </>
  );
}

function Signatures({ ctx, data, period }: { ctx: PageContext; data: PeriodsPageData; period: Period }) {
  const { t } = ctx;
  const signed = data.signatures.filter((s) => s.periodId === period.id);
  const names = signed.map((s) => {
    const name = data.partners.find((p) => p.id === s.partnerId)?.name ?? '';
    return s.signedOn === null ? `${name} (${t('pact.period.dateUnknown')})` : `${name} (${date(ctx, s.signedOn)})`;
  });
  return (
    <Para
      text={
        t('pact.period.signed', { count: signed.length, total: data.partners.length }) + (names.length === 0 ? '' : ` ${names.join(', ')}.`)
      }
    />
  );
}

function Targets({ ctx, data, period }: { ctx: PageContext; data: PeriodsPageData; period: Period }) {
  const { t } = ctx;
  const targets = data.targets.filter((x) => x.periodId === period.id);
  if (targets.length === 0) return <Para text={t('pact.period.noTargets')} />;
  return (
    <Table
      caption={t('pact.period.targets', { years: years(period) })}
      head={[t('pact.period.indicator'), t('pact.period.target'), t('pact.period.targetYear')]}
      rows={targets.map((x) => {
        const indicator = data.indicators.find((i) => i.id === x.indicatorId);
        return [
          <Text value={indicator?.name ?? t('pact.period.subjectGone')} />,
          <Text value={formatValue(ctx.lang, x.value, indicator?.unit ?? 'count')} />,
          <Text value={String(x.year)} />,
        ];
      })}
    />
  );
}

function DraftForms({ ctx, data, period }: { ctx: PageContext; data: PeriodsPageData; period: Period }) {
  const { t } = ctx;
  const base = `${pactBase(ctx)}/periodes/${period.id}`;
  const state = (form: 'sign' | 'target') =>
    data.shown?.periodId === period.id && data.shown.form === form ? data.shown.state : emptyForm;
  const signLabels = { partner: t('pact.period.partner'), signedOn: t('pact.period.signedOn') };
  const targetLabels = { indicator: t('pact.period.indicator'), value: t('pact.period.target'), year: t('pact.period.targetYear') };
  return (
    <>
      <h3 class="utrecht-heading-3" safe>
        {t('pact.period.sign')}
      </h3>
      <PactForm ctx={ctx} form={state('sign')} labels={signLabels} action={`${base}/ondertekenen`} submit={t('pact.period.sign.submit')}>
        <SelectField
          t={t}
          form={state('sign')}
          name="partner"
          label={signLabels.partner}
          placeholder={t('pact.choose')}
          options={data.partners.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField t={t} form={state('sign')} name="signedOn" type="date" label={signLabels.signedOn} required={false} />
      </PactForm>
      <h3 class="utrecht-heading-3" safe>
        {t('pact.period.addTarget')}
      </h3>
      <PactForm ctx={ctx} form={state('target')} labels={targetLabels} action={`${base}/streefwaarden`} submit={t('pact.period.addTarget')}>
        <SelectField
          t={t}
          form={state('target')}
          name="indicator"
          label={targetLabels.indicator}
          placeholder={t('pact.choose')}
          options={data.indicators.map((i) => ({ value: i.id, label: i.name }))}
        />
        <TextField t={t} form={state('target')} name="value" label={targetLabels.value} />
        <TextField t={t} form={state('target')} name="year" label={targetLabels.year} inputmode="numeric" />
      </PactForm>
      {period.status === 'draft' ? (
        <form class="wp-form" method="post" action={`${base}/starten`}>
          <CsrfField token={ctx.csrfToken} />
          <SubmitButton label={t('pact.period.start')} secondary />
        </form>
      ) : (
        ''
      )}
    </>
  );
}

function PeriodSection({ ctx, data, period }: { ctx: PageContext; data: PeriodsPageData; period: Period }) {
  const { t } = ctx;
  const phase = phaseOf(period, data.today);
  const steer = data.access.steer;
  return (
    <section aria-labelledby={`periode-${period.id}`}>
      <h2 class="utrecht-heading-2" id={`periode-${period.id}`} safe>
        {t('pact.period.heading', { programme: period.programmeName, years: years(period) })}
      </h2>
      <p class="utrecht-paragraph">
        <Badge text={t(`pact.period.phase.${phase}`)} tone={phaseTone[phase]} />{' '}
        <Text
          value={t(`pact.period.phase.${phase}.sentence`, {
            end: date(ctx, period.endsOn),
            closed: date(ctx, period.closedOn ?? period.endsOn),
          })}
        />
      </p>
      {period.status === 'closed' ? <EvaluationTable ctx={ctx} data={data} period={period} /> : ''}
      {steer && period.status === 'running' && data.today >= `${period.endsOn.slice(0, 4)}-01-01` ? (
        <p class="utrecht-paragraph">
          <Link href={`${pactBase(ctx)}/periodes/${period.id}/afsluiten`} text={t('pact.period.close', { years: years(period) })} />
        </p>
      ) : (
        ''
      )}
      <Signatures ctx={ctx} data={data} period={period} />
      <Targets ctx={ctx} data={data} period={period} />
      {steer && period.status === 'draft' ? <DraftForms ctx={ctx} data={data} period={period} /> : ''}
    </section>
  );
}

export function periodsPage(ctx: PageContext, data: PeriodsPageData): Page {
  const { t } = ctx;
  const newest = [...data.periods].reverse();
  return {
    title: t('pact.period.title'),
    hasErrors: data.shown !== undefined,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[]} />
        <Heading title={t('pact.period.title')} intro={t('pact.period.intro')} ctx={ctx} />
        {data.notice ? <Notice text={data.notice} /> : ''}
        {data.periods.length === 0 ? <Para text={t('pact.period.none')} /> : ''}
        {data.access.steer ? (
          <p class="utrecht-paragraph">
            <Link href={`${pactBase(ctx)}/periodes/nieuw`} text={t('pact.period.draft')} />
          </p>
        ) : (
          ''
        )}
        {newest.map((period) => (
          <PeriodSection ctx={ctx} data={data} period={period} />
        ))}
      </>
    ),
  };
}

/** The steering group's evaluation: a verdict per commitment and indicator, then the period is closed. */
export function closePage(ctx: PageContext, data: { period: Period; subjects: (Subject & { label: string })[] }, form: FormState): Page {
  const { t } = ctx;
  const field = fieldOf;
  const labels: Record<string, string> = Object.fromEntries([
    ...data.subjects.map((s): [string, string] => [field(s), subjectLabel(ctx, s)]),
    ['conclusion', t('pact.period.conclusion')],
  ]);
  const title = t('pact.period.close', { years: years(data.period) });
  const options = verdicts.map((v) => ({ value: v, label: t(`pact.period.verdict.${v}`) }));
  return {
    title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/periodes`, label: t('pact.period.title') }]} />
        <Heading title={title} intro={t('pact.period.close.intro')} ctx={ctx} />
        <PactForm
          ctx={ctx}
          form={form}
          labels={labels}
          action={`${pactBase(ctx)}/periodes/${data.period.id}/afsluiten`}
          submit={t('pact.period.close.submit')}
        >
          {data.subjects.map((s) => (
            <SelectField
              t={t}
              form={form}
              name={field(s)}
              label={labels[field(s)] ?? ''}
              placeholder={t('pact.choose')}
              options={options}
            />
          ))}
          <TextField t={t} form={form} name="conclusion" label={labels.conclusion ?? ''} required={false} />
        </PactForm>
      </>
    ),
  };
}

export function draftPage(ctx: PageContext, form: FormState): Page {
  const { t } = ctx;
  const labels = { startsOn: t('pact.period.startsOn'), endsOn: t('pact.period.endsOn') };
  return {
    title: t('pact.period.draft'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${pactBase(ctx)}/periodes`, label: t('pact.period.title') }]} />
        <Heading title={t('pact.period.draft')} intro={t('pact.period.draft.intro')} ctx={ctx} />
        <PactForm ctx={ctx} form={form} labels={labels} action={`${pactBase(ctx)}/periodes/nieuw`} submit={t('pact.period.draft.submit')}>
          <TextField t={t} form={form} name="startsOn" type="date" label={labels.startsOn} />
          <TextField t={t} form={form} name="endsOn" type="date" label={labels.endsOn} />
        </PactForm>
      </>
    ),
  };
}
