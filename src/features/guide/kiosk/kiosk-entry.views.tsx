import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Page } from '../../../platform/layout/render.ts';
import { ScheduleList } from '../common/schedule.views.tsx';
import { ContactPerson } from '../contact-point/contact-person.views.tsx';
import type { WalkInPoint } from '../contact-point/walk-ins.rules.ts';
import { PhoneLinks } from '../entries/detail.views.tsx';
import type { EntryType } from '../model/guide.model.ts';
import { clockTime, openAt } from '../model/schedule.rules.ts';
import { kioskPath, Shell, type KioskFrame } from './kiosk-shell.views.tsx';
import type { Reach } from './reach.rules.ts';

/** The kiosk's address of an entry: /oost/kiosk/aanbod/…, /plekken/…, /organisaties/…. */
export const kioskSegments: Record<EntryType, string> = { service: 'aanbod', location: 'plekken', organization: 'organisaties' };

export const kioskEntryPath = (k: KioskFrame, type: EntryType, id: string) => kioskPath(k, `/${kioskSegments[type]}/${id}`);

const addressLine = (p: Reach['places'][number]) =>
  [p.name, p.streetAddress, p.postalCode].filter((x) => x !== null && x !== '').join(', ');

/** Where, whom to call and when: in short under each result, in full on the entry's kiosk page. */
export function ReachLines({ ctx, reach, now }: { ctx: PageContext; reach: Reach; now: Date }) {
  const open = openAt(reach.schedules, now);
  return (
    <dl class="utrecht-data-list wp-kiosk__reach">
      {reach.places.length === 0 ? (
        ''
      ) : (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {ctx.t('guide.kiosk.where')}
          </dt>
          <dd class="utrecht-data-list__item-value" safe>
            {reach.places.map(addressLine).join(' · ')}
          </dd>
        </div>
      )}
      {reach.phones.length === 0 && reach.contact?.phone == null ? (
        ''
      ) : (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {ctx.t('guide.kiosk.call')}
          </dt>
          <dd class="utrecht-data-list__item-value">
            <PhoneLinks phones={reach.phones.length > 0 ? reach.phones : [{ number: reach.contact?.phone ?? '', description: '' }]} />
          </dd>
        </div>
      )}
      {reach.contact === null ? (
        ''
      ) : (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {ctx.t('guide.kiosk.askFor')}
          </dt>
          <dd class="utrecht-data-list__item-value" safe>
            {reach.contact.title ? `${reach.contact.name}, ${reach.contact.title}` : reach.contact.name}
          </dd>
        </div>
      )}
      {reach.schedules.length === 0 ? (
        ''
      ) : (
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key" safe>
            {ctx.t('guide.kiosk.when')}
          </dt>
          <dd class="utrecht-data-list__item-value">
            <strong safe>
              {open ? ctx.t(`guide.openNow.${open.kind}`, { time: clockTime(open.closes) }) : ctx.t('guide.openNow.closed')}
            </strong>
            <ScheduleList ctx={ctx} schedules={reach.schedules} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/** One entry at the information pillar: what it is, where, whom to call, when; and the wijkinformatiepunt. */
export function kioskEntryPage(ctx: PageContext, k: KioskFrame, d: { reach: Reach; point: WalkInPoint | null; now: Date }): Page {
  return {
    title: d.reach.name,
    bare: true,
    refresh: { seconds: k.wait, url: kioskPath(k) },
    body: (
      <Shell ctx={ctx} k={k} home={false}>
        <>
          <h1 class="utrecht-heading-1" safe>
            {d.reach.name}
          </h1>
          <p class="utrecht-paragraph" safe>
            {d.reach.description}
          </p>
          <ReachLines ctx={ctx} reach={d.reach} now={d.now} />
          <ContactPerson ctx={ctx} point={d.point} now={d.now} />
        </>
      </Shell>
    ),
  };
}
