import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { AssessmentRemarks } from '../assessments/assessments.repository.ts';
import { entryPath } from '../common/paths.ts';
import type { Dataset, EntryType, Location, OwnedSchedule, Phone } from '../model/guide.model.ts';
import { clockTime, type Hours } from '../model/schedule.rules.ts';
import type { Term } from '../model/taxonomy.ts';

export interface DetailData {
  district: District;
  data: Dataset;
  terms: ReadonlyMap<string, Term>;
  buurten: readonly Buurt[];
  stale: boolean;
  canEdit: boolean;
  canAssess: boolean;
  openNow: Hours | null;
  hasHours: boolean;
  remarks?: AssessmentRemarks | null;
}

export function Item({ label, children }: { label: string; children: JSX.Element }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key" safe>
        {label}
      </dt>
      <dd class="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

export function OpenNow({ ctx, d }: { ctx: PageContext; d: DetailData }) {
  if (!d.hasHours) return '';
  const text = d.openNow ? ctx.t(`guide.openNow.${d.openNow.kind}`, { time: clockTime(d.openNow.closes) }) : ctx.t('guide.openNow.closed');
  return (
    <p class={`utrecht-paragraph wp-open-now${d.openNow ? ' wp-open-now--open' : ''}`}>
      <strong safe>{text}</strong>
    </p>
  );
}

export function PhoneLinks({ phones }: { phones: readonly Pick<Phone, 'number' | 'description'>[] }) {
  return (
    <>
      {phones.map((p) => (
        <span class="wp-phone">
          <a class="utrecht-link" href={`tel:${p.number.replace(/[^0-9+]/g, '')}`} safe>
            {p.number}
          </a>
          {p.description ? <span safe>{` (${p.description})`}</span> : ''}{' '}
        </span>
      ))}
    </>
  );
}

export function EntryLinks({
  district,
  entries,
  type,
}: {
  district: District;
  entries: readonly { id: string; name: string }[];
  type: EntryType;
}) {
  if (entries.length === 0) return '';
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul">
      {entries.map((e) => (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={entryPath(district, type, e.id)} safe>
            {e.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Actions({ ctx, d, type, id }: { ctx: PageContext; d: DetailData; type: EntryType; id: string }) {
  if (!d.canEdit && !d.canAssess) return '';
  const base = entryPath(d.district, type, id);
  return (
    <ul class="utrecht-link-list utrecht-link-list--html-ul wp-no-print wp-entry-actions">
      {d.canEdit ? (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={`${base}/bewerken`} safe>
            {ctx.t(`guide.edit.${type}`)}
          </a>
        </li>
      ) : (
        ''
      )}
      {d.canAssess ? (
        <li class="utrecht-link-list__item">
          <a class="utrecht-link utrecht-link-list__link" href={`${base}/beoordelen`} safe>
            {ctx.t('guide.assessment.add')}
          </a>
        </li>
      ) : (
        ''
      )}
    </ul>
  );
}

export const addressOf = (l: Location, buurten: readonly Buurt[]) =>
  [l.streetAddress, [l.postalCode, l.city].filter(Boolean).join(' '), buurten.find((b) => b.id === l.buurtId)?.name]
    .filter(Boolean)
    .join(', ');

export function schedulesOf(data: Dataset, match: (s: OwnedSchedule) => boolean): OwnedSchedule[] {
  return data.schedules.filter(match);
}
