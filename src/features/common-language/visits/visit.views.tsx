import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { Pager } from '../../../platform/layout/pager.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import type { VisitDetails } from '../conversations/conversation.repository.ts';
import type { VisitLine } from './visit.repository.ts';
import { isDue } from './visit.rules.ts';

const v = (key: string) => `common-language.visit.${key}`;

/** Where a visit was, in words: the walk-in point by its name in the guide when it was at one. */
function placeText(ctx: PageContext, place: string, walkInName: string | null): string {
  return place === 'walk_in' && walkInName !== null ? ctx.t(v('atWalkIn'), { name: walkInName }) : ctx.t(v(`place.${place}`));
}

/** The next step with its day, and "now" when its day has come. */
function NextStep({ ctx, step, on, today }: { ctx: PageContext; step: string | null; on: string | null; today: string }) {
  if (step === null || on === null) return <span safe>{ctx.t(v('noNextStep'))}</span>;
  return (
    <>
      <span safe>{`${step} (${formatDate(on, ctx.lang)})`}</span>
      {isDue(on, today) ? <strong safe>{` ${ctx.t(v('due'))}`}</strong> : ''}
    </>
  );
}

interface VisitListData {
  lines: VisitLine[];
  walkInNames: ReadonlyMap<string, string>;
  page: number;
  pageCount: number;
  today: string;
}

/** "Mijn bezoeken": the visits of the buurten the person works in, newest first, due next steps marked. */
export function visitListPage(ctx: PageContext, d: VisitListData): Page {
  const { t } = ctx;
  const slug = ctx.district?.slug ?? '';
  const title = t(v('listTitle'));
  const walkInName = (line: VisitLine) => (line.walkInId === null ? null : (d.walkInNames.get(line.walkInId) ?? null));
  // A list, not a table: four columns do not fit a phone's 320 px.
  const items = d.lines.map((line) => (
    <li>
      <a class="utrecht-link" href={`/${slug}/gesprekken/${line.id}`} safe>
        {formatDate(line.visitedOn, ctx.lang)}
      </a>
      <p class="utrecht-paragraph" safe>
        {[line.buurtName ?? '', placeText(ctx, line.place, walkInName(line))].filter((x) => x !== '').join(' · ')}
      </p>
      <p class="utrecht-paragraph">
        <span safe>{`${t(v('field.nextStep'))}: `}</span>
        <NextStep ctx={ctx} step={line.nextStep} on={line.nextStepOn} today={d.today} />
      </p>
    </li>
  ));
  return {
    title,
    body: (
      <>
        <PageHeading text={title} intro={t(v('listIntro'))} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/${slug}/bezoeken/nieuw`} safe>
            {t(v('new'))}
          </a>
        </p>
        <h2 class="utrecht-heading-2" safe>
          {t(v('listCaption'))}
        </h2>
        {items.length === 0 ? <Paragraph text={t(v('none'))} /> : <ul class="wp-visits">{items}</ul>}
        <Pager ctx={ctx} href={(p) => `/${slug}/bezoeken?pagina=${p}`} page={d.page} pageCount={d.pageCount} />
      </>
    ),
  };
}

/** A visit's own details on the conversation page: day, place, the resident's contact (with consent), what was agreed. */
export function visitFacts(
  ctx: PageContext,
  visit: VisitDetails,
  walkInName: string | null,
  today: string,
): [string, JSX.Element | null][] {
  const { t } = ctx;
  const text = (value: string | null) => (value === null ? null : <span safe>{value}</span>);
  return [
    [t(v('field.visitedOn')), text(formatDate(visit.visitedOn, ctx.lang))],
    [t(v('field.place')), text(placeText(ctx, visit.place, walkInName))],
    [t(v('field.email')), text(visit.email)],
    [t(v('field.phone')), text(visit.phone)],
    [t(v('field.agreed')), text(visit.agreed)],
    [
      t(v('field.nextStep')),
      visit.nextStep === null ? null : <NextStep ctx={ctx} step={visit.nextStep} on={visit.nextStepOn} today={today} />,
    ],
  ];
}
