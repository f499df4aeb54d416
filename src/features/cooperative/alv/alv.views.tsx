import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDateTime, type Translate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton, TextField, type FormState } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Paragraph } from '../../../platform/layout/text.tsx';
import { coopBase, Crumbs, day, Heading, LinkList } from '../shared/components.tsx';
import type { Alv, AlvItem } from './alv.repository.ts';
import { documentPath } from './documents.rules.ts';
import { PlaceAccess } from './place.views.tsx';
import type { AlvPlace } from './place.ts';
import { OpenForm } from './door.views.tsx';

export interface OwnProxy {
  gave: string | null;
  holds: string[];
}

/** What happened to an item: its votes and whether it was adopted, or nothing yet. */
export function resultOf(t: Translate, item: AlvItem): string {
  if (item.votes === null) return '';
  const counts = t('cooperative.alv.vote.counts', {
    for: item.votes.votesFor,
    against: item.votes.votesAgainst,
    abstained: item.votes.votesAbstained,
  });
  return `${counts} ${t(item.adopted === true ? 'cooperative.alv.vote.adopted' : 'cooperative.alv.vote.rejected')}`;
}

/** Text typed in a text area, one paragraph a line. */
function TextBlock({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => (
          <Paragraph text={line} />
        ))}
    </>
  );
}

function Agenda({ ctx, alv, manage }: { ctx: PageContext; alv: Alv; manage: boolean }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="agenda">
      <h2 class="utrecht-heading-2" id="agenda" safe>
        {t('cooperative.alv.agenda')}
      </h2>
      <ol class="utrecht-ordered-list">
        {alv.items.map((item) => (
          <li class="utrecht-ordered-list__item">
            <span safe>{item.title}</span>
            {item.votes === null ? '' : <span safe>{` — ${resultOf(t, item)}`}</span>}
            {manage ? (
              <>
                {' '}
                <a class="utrecht-link wp-no-print" href={`${coopBase(ctx)}/alv/${alv.id}/stemmen/${item.id}`} safe>
                  {t('cooperative.alv.vote.record', { position: item.position })}
                </a>
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The PDF documents as download links, with their size. */
function FileLinks({ ctx, alv }: { ctx: PageContext; alv: Alv }) {
  if (alv.files.length === 0) return '';
  return (
    <ul class="utrecht-unordered-list">
      {alv.files.map((f) => (
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href={documentPath(coopBase(ctx), alv.id, f.kind)} download="" safe>
            {ctx.t('cooperative.alv.doc.download', {
              name: ctx.t(`cooperative.alv.doc.${f.kind}`),
              kb: Math.max(1, Math.round(f.size / 1024)),
            })}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Documents({ ctx, alv }: { ctx: PageContext; alv: Alv }) {
  const { t } = ctx;
  const docs = (['annualReport', 'accounts', 'auditReport'] as const).filter((k) => alv.documents[k] !== null);
  if (docs.length === 0 && alv.files.length === 0) return '';
  return (
    <section aria-labelledby="documents">
      <h2 class="utrecht-heading-2" id="documents" safe>
        {t('cooperative.alv.documents')}
      </h2>
      <FileLinks ctx={ctx} alv={alv} />
      {docs.map((k) => (
        <details>
          <summary safe>{t(`cooperative.alv.doc.${k}`)}</summary>
          <TextBlock text={alv.documents[k] ?? ''} />
        </details>
      ))}
    </section>
  );
}

function Minutes({ ctx, alv, manage }: { ctx: PageContext; alv: Alv; manage: boolean }) {
  const { t } = ctx;
  const shown = alv.minutes !== null && (alv.minutesAdoptedOn !== null || manage);
  return (
    <section aria-labelledby="minutes">
      <h2 class="utrecht-heading-2" id="minutes" safe>
        {t('cooperative.alv.minutes.title')}
      </h2>
      <Paragraph
        text={
          alv.minutesAdoptedOn !== null
            ? t('cooperative.alv.minutes.adoptedOn', { date: day(ctx, alv.minutesAdoptedOn) })
            : alv.minutes !== null
              ? t('cooperative.alv.minutes.draft')
              : t('cooperative.alv.minutes.none')
        }
      />
      {shown ? <TextBlock text={alv.minutes ?? ''} /> : ''}
    </section>
  );
}

function ProxySection({ ctx, alv, own, form, started }: { ctx: PageContext; alv: Alv; own: OwnProxy; form: FormState; started: boolean }) {
  const { t } = ctx;
  const label = t('cooperative.alv.proxy.holder');
  return (
    <section aria-labelledby="proxy" class="wp-card wp-stack">
      <h2 class="utrecht-heading-2" id="proxy" safe>
        {t('cooperative.alv.proxy.title')}
      </h2>
      {own.holds.length > 0 ? <Paragraph text={t('cooperative.alv.proxy.youHold', { names: own.holds.join(', ') })} /> : ''}
      {own.gave !== null ? (
        <>
          <Paragraph text={t('cooperative.alv.proxy.youGave', { name: own.gave })} />
          {started ? (
            ''
          ) : (
            <>
              <ErrorSummary t={t} form={form} labels={{}} />
              <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/${alv.id}/volmacht/intrekken`}>
                <CsrfField token={ctx.csrfToken} />
                <Paragraph text={t('cooperative.alv.proxy.withdrawHelp')} />
                <SubmitButton label={t('cooperative.alv.proxy.withdraw')} />
              </form>
            </>
          )}
        </>
      ) : started ? (
        <Paragraph text={t('cooperative.alv.proxy.closed')} />
      ) : (
        <>
          <Paragraph text={t('cooperative.alv.proxy.intro')} />
          <ErrorSummary t={t} form={form} labels={{ holder: label }} />
          <form class="wp-form" method="post" action={`${coopBase(ctx)}/alv/${alv.id}/volmacht`} novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField
              t={t}
              form={form}
              name="holder"
              type="email"
              autocomplete="off"
              label={label}
              description={t('cooperative.alv.proxy.holderHelp')}
            />
            <SubmitButton label={t('cooperative.alv.proxy.give')} />
          </form>
        </>
      )}
    </section>
  );
}

function BoardLinks({ ctx, alv, addDocuments }: { ctx: PageContext; alv: Alv; addDocuments: boolean }) {
  const { t } = ctx;
  const base = `${coopBase(ctx)}/alv/${alv.id}`;
  const links = [
    ...(addDocuments ? [{ href: `${base}/stukken`, label: t('cooperative.alv.docAdd.title') }] : []),
    { href: `${base}/oproep`, label: t('cooperative.alv.convocation.title') },
    { href: `${base}/volmachten`, label: t('cooperative.alv.paper.title') },
    { href: `${base}/deur`, label: t('cooperative.alv.door.title') },
    { href: `${base}/notulen`, label: t('cooperative.alv.minutes.draftTitle') },
  ];
  return (
    <section aria-labelledby="board" class="wp-no-print">
      <h2 class="utrecht-heading-2" id="board" safe>
        {t('cooperative.alv.board')}
      </h2>
      <LinkList links={links} />
    </section>
  );
}

/** One ALV: when and where, the agenda with results, the documents, the minutes, one's own proxy; the board's tools. */
export function alvPage(
  ctx: PageContext,
  data: { alv: Alv; own: OwnProxy | null; place: AlvPlace | undefined; manage: boolean; started: boolean; addDocuments: boolean },
  form: FormState,
  notice?: string,
): Page {
  const { t } = ctx;
  const { alv } = data;
  return {
    title: alv.title,
    hasErrors: Object.keys(form.errors).length > 0,
    body: (
      <>
        <Crumbs ctx={ctx} trail={[{ href: `${coopBase(ctx)}/alv`, label: t('cooperative.alv.title') }]} />
        <Heading
          title={alv.title}
          intro={t('cooperative.alv.whenWhere', { when: formatDateTime(alv.startsAt, ctx.lang), place: alv.place })}
        />
        {notice === undefined ? '' : <Notice text={notice} />}
        <PlaceAccess ctx={ctx} place={data.place} />
        <Agenda ctx={ctx} alv={alv} manage={data.manage && data.started} />
        <Documents ctx={ctx} alv={alv} />
        {data.started ? <Minutes ctx={ctx} alv={alv} manage={data.manage} /> : ''}
        {data.own === null ? '' : <ProxySection ctx={ctx} alv={alv} own={data.own} form={form} started={data.started} />}
        {data.manage && !data.started ? (
          <div class="wp-no-print">
            <OpenForm ctx={ctx} alv={alv} />
          </div>
        ) : (
          ''
        )}
        {data.manage ? <BoardLinks ctx={ctx} alv={alv} addDocuments={data.addDocuments && !data.started} /> : ''}
      </>
    ),
  };
}
