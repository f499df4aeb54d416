import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { activityWhenText } from '../../activities/index.ts';
import { ContactPerson, kioskEntryPath, KioskShell, kioskPath, type KioskFrame, type WalkInPoint } from '../../guide/index.ts';
import { askWhom, type KioskActivity } from './today.rules.ts';

const telOf = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

function PhoneLink({ phone }: { phone: string | null }) {
  return phone === null ? (
    ''
  ) : (
    <a class="utrecht-link" href={telOf(phone)} safe>
      {phone}
    </a>
  );
}

/** "Vraag het Jan Jansen: 030 …", or the wijkinformatiepunt's number when the activity names no way to reach its contact. */
function AskLine({ ctx, a, point }: { ctx: PageContext; a: KioskActivity; point: WalkInPoint | null }) {
  if (askWhom(a.contact) === 'contact') {
    return (
      <p class="utrecht-paragraph wp-kiosk__reach">
        <span safe>{`${ctx.t('portal.kiosk.ask', { name: a.contact.name })} `}</span>
        {a.contact.phone === null ? <span safe>{a.contact.email ?? ''}</span> : <PhoneLink phone={a.contact.phone} />}
      </p>
    );
  }
  return (
    <p class="utrecht-paragraph wp-kiosk__reach">
      <span safe>{`${ctx.t('portal.kiosk.askPoint', { name: point?.name ?? '' })} `}</span>
      <PhoneLink phone={point?.contact?.phone ?? point?.phones[0]?.number ?? null} />
    </p>
  );
}

/** Where, as a link to the place's kiosk page: its address, phone and opening hours, without leaving the kiosk. */
function Where({ ctx, k, place }: { ctx: PageContext; k: KioskFrame; place: KioskActivity['place'] }) {
  if (place === null) {
    return (
      <p class="utrecht-paragraph" safe>
        {ctx.t('portal.kiosk.where', { place: ctx.t('portal.kiosk.where.unknown') })}
      </p>
    );
  }
  return (
    <p class="utrecht-paragraph">
      <span safe>{`${ctx.t('portal.kiosk.where.label')} `}</span>
      <a class="utrecht-link" href={kioskEntryPath(k, 'location', place.id)} safe>
        {place.name}
      </a>
    </p>
  );
}

function Activities(props: {
  ctx: PageContext;
  k: KioskFrame;
  items: readonly KioskActivity[];
  point: WalkInPoint | null;
  today: boolean;
}) {
  const { ctx } = props;
  return (
    <ol class="wp-kiosk__hits">
      {props.items.map((a) => (
        <li class="wp-card">
          <h3 class="utrecht-heading-3" safe>
            {a.title}
          </h3>
          <p class="utrecht-paragraph wp-kiosk__hit" safe>
            {props.today
              ? ctx.t('portal.kiosk.time', { start: amsterdamParts(a.startsAt)[1], end: amsterdamParts(a.endsAt)[1] })
              : activityWhenText(ctx, a.startsAt, a.endsAt)}
          </p>
          <Where ctx={ctx} k={props.k} place={a.place} />
          <AskLine ctx={ctx} a={a} point={props.point} />
        </li>
      ))}
    </ol>
  );
}

export function kioskTodayPage(
  ctx: PageContext,
  k: KioskFrame,
  d: { today: KioskActivity[]; week: KioskActivity[]; point: WalkInPoint | null; now: Date },
): Page {
  const { t } = ctx;
  const title = t('portal.kiosk.title');
  return {
    title,
    bare: true,
    refresh: { seconds: k.wait, url: kioskPath(k) },
    body: (
      <KioskShell ctx={ctx} k={k} home={false}>
        <>
          <h1 class="utrecht-heading-1" safe>
            {title}
          </h1>
          <h2 class="utrecht-heading-2" safe>
            {t('portal.kiosk.today')}
          </h2>
          {d.today.length === 0 ? (
            <p class="utrecht-paragraph" safe>
              {t('portal.kiosk.today.none')}
            </p>
          ) : (
            <Activities ctx={ctx} k={k} items={d.today} point={d.point} today />
          )}
          <h2 class="utrecht-heading-2" safe>
            {t('portal.kiosk.week')}
          </h2>
          {d.week.length === 0 ? (
            <p class="utrecht-paragraph" safe>
              {t('portal.kiosk.week.none')}
            </p>
          ) : (
            <Activities ctx={ctx} k={k} items={d.week} point={d.point} today={false} />
          )}
          <ContactPerson ctx={ctx} point={d.point} now={d.now} />
        </>
      </KioskShell>
    ),
  };
}
