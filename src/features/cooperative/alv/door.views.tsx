import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SelectField, SubmitButton, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { DataTable } from '../../../platform/layout/table.tsx';
import { Paragraph } from '../../../platform/layout/text.tsx';
import type { Member } from '../membership/membership.repository.ts';
import { coopBase, Crumbs, Heading } from '../shared/components.tsx';
import type { Alv } from './alv.repository.ts';
import type { Quorum } from './alv.rules.ts';
import type { DoorList } from './meeting.actions.ts';

const trailOf = (ctx: PageContext, alv: Alv) => [
  { href: `${coopBase(ctx)}/alv`, label: ctx.t('cooperative.alv.title') },
  { href: `${coopBase(ctx)}/alv/${alv.id}`, label: alv.title },
];

export function QuorumLine({ ctx, q }: { ctx: PageContext; q: Quorum }) {
  const { t } = ctx;
  const counts = t('cooperative.alv.quorum.counts', { members: q.members, present: q.present, represented: q.represented });
  const verdict =
    q.needed === 0
      ? t('cooperative.alv.quorum.none')
      : t(q.met ? 'cooperative.alv.quorum.met' : 'cooperative.alv.quorum.notMet', { needed: q.needed });
  return <Notice text={`${counts} ${verdict}`} kind={q.met ? 'info' : 'warning'} />;
}

/** Opening the meeting closes the proxies and opens the door list and the votes. */
export function OpenForm({ ctx, alv }: { ctx: PageContext; alv: Alv }) {
  const { t } = ctx;
  return (
    <form method="post" action={`${coopBase(ctx)}/alv/${alv.id}/openen`} class="wp-form">
      <CsrfField token={ctx.csrfToken} />
      <Paragraph text={t('cooperative.alv.open.intro')} />
      <SubmitButton label={t('cooperative.alv.open.button')} />
    </form>
  );
}

function ArriveCell({ ctx, alv, m, present, open }: { ctx: PageContext; alv: Alv; m: Member; present: boolean; open: boolean }) {
  const { t } = ctx;
  if (present) return <strong safe>{t('cooperative.alv.door.present')}</strong>;
  if (!open) return '';
  return (
    <form method="post" action={`${coopBase(ctx)}/alv/${alv.id}/deur/${m.id}`} class="wp-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button
        type="submit"
        class="utrecht-button utrecht-button--primary-action"
        aria-label={t('cooperative.alv.door.arriveFor', { name: m.name })}
        safe
      >
        {t('cooperative.alv.door.arrive')}
      </button>
    </form>
  );
}

/** The list at the door, for a tablet (a big button per member) or on paper; the quorum as it stands. */
export function doorPage(
  ctx: PageContext,
  data: { alv: Alv; door: DoorList; quorum: Quorum; started: boolean },
  notice?: string,
  problem?: string,
): Page {
  const { t } = ctx;
  const { alv, door } = data;
  return {
    title: t('cooperative.alv.door.title'),
    body: (
      <>
        <Crumbs ctx={ctx} trail={trailOf(ctx, alv)} />
        <Heading title={t('cooperative.alv.door.title')} intro={`${alv.title} — ${formatDateTime(alv.startsAt, ctx.lang)}`} />
        {notice === undefined ? '' : <Notice text={notice} />}
        {problem === undefined ? '' : <Notice text={problem} kind="error" />}
        <QuorumLine ctx={ctx} q={data.quorum} />
        {data.started ? <Paragraph text={t('cooperative.alv.door.intro')} /> : <OpenForm ctx={ctx} alv={alv} />}
        <DataTable
          caption={t('cooperative.alv.door.title')}
          hideCaption
          headers={[t('cooperative.alv.door.name'), t('cooperative.alv.door.holds'), t('cooperative.alv.door.here')]}
          rows={door.members.map((m) => [
            m.organizationName === null ? m.name : `${m.name} (${m.organizationName})`,
            (door.holds.get(m.id) ?? []).join(', '),
            { html: <ArriveCell ctx={ctx} alv={alv} m={m} present={door.present.has(m.id)} open={data.started} /> },
          ])}
        />
      </>
    ),
  };
}

/** The secretary records proxies that came in on paper; the ones given so far are listed. */
export function paperProxyPage(
  ctx: PageContext,
  data: { alv: Alv; members: readonly Member[]; proxies: readonly { principal: string; holder: string }[] },
  form: FormState,
  notice?: string,
): Page {
  const { t } = ctx;
  const options = data.members.map((m) => ({ value: m.id, label: m.name }));
  const labels = { principal: t('cooperative.alv.paper.principal'), holder: t('cooperative.alv.proxy.holderName') };
  return {
    title: t('cooperative.alv.paper.title'),
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={trailOf(ctx, data.alv)} />
        <Heading title={t('cooperative.alv.paper.title')} intro={t('cooperative.alv.paper.intro')} />
        {notice === undefined ? '' : <Notice text={notice} />}
        {data.proxies.length === 0 ? (
          <Paragraph text={t('cooperative.alv.paper.none')} />
        ) : (
          <DataTable
            caption={t('cooperative.alv.paper.given')}
            headers={[labels.principal, labels.holder]}
            rows={data.proxies.map((p) => [p.principal, p.holder])}
          />
        )}
        <ErrorSummary t={t} form={form} labels={labels} />
        <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/${data.alv.id}/volmachten`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <SelectField
            t={t}
            form={form}
            name="principal"
            label={labels.principal}
            options={options}
            placeholder={t('cooperative.alv.choose')}
          />
          <SelectField t={t} form={form} name="holder" label={labels.holder} options={options} placeholder={t('cooperative.alv.choose')} />
          <SubmitButton label={t('cooperative.alv.paper.record')} />
        </form>
      </>
    ),
  };
}
