import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { Breadcrumbs, type Step } from '../../../platform/layout/breadcrumbs.tsx';
import type { FormState } from '../../../platform/layout/forms.tsx';
import { assessmentDimensions, euros, scoreLevel, type AssessmentDimension } from '../model/entries.rules.ts';
import type { Assessment, Service, Term } from '../model/guide.model.ts';
import { clockTime, minutesOf, parseByday, type Schedule } from '../model/schedule.rules.ts';
import { termLabelKey } from '../model/taxonomy.ts';

export const guidePath = (district: Pick<District, 'slug'>, rest = '') => `/${district.slug}/gids${rest}`;

/** The buurt pages ("what is in my buurt") sit beside the guide, at /{district}/buurten. */
export const buurtenPath = (district: Pick<District, 'slug'>, buurt?: string) =>
  `/${district.slug}/buurten${buurt === undefined ? '' : `/${buurt}`}`;

export const entryPath = (district: Pick<District, 'slug'>, type: 'service' | 'location' | 'organization', id: string) =>
  guidePath(district, `/${type === 'service' ? 'aanbod' : type === 'location' ? 'plekken' : 'organisaties'}/${id}`);

/** District › Wegwijzer › …, the platform's breadcrumbs under the guide. */
export function Breadcrumb({ ctx, district, trail }: { ctx: PageContext; district: District; trail: Step[] }) {
  return <Breadcrumbs t={ctx.t} district={district} steps={[{ href: guidePath(district), label: ctx.t('guide.nav') }, ...trail]} />;
}

function dayList(t: Translate, byday: string): string {
  const days = parseByday(byday) ?? [];
  const words = days.map((d) =>
    d.ordinal === null
      ? t(`guide.day.${d.day}`)
      : t('guide.day.ordinal', { week: t(`guide.week.${d.ordinal}`), day: t(`guide.day.${d.day}`) }),
  );
  return words.length <= 1 ? (words[0] ?? '') : t('guide.list.and', { first: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' });
}

function hoursText(s: Schedule): string {
  const opens = minutesOf(s.opensAt);
  const closes = minutesOf(s.closesAt);
  return opens === null || closes === null ? '' : `${clockTime(opens)}–${clockTime(closes)}`;
}

/** A schedule in plain words: "dinsdag en donderdag, 09:00–12:00". */
export function describeSchedule(t: Translate, s: Schedule, lang: PageContext['lang']): string {
  const hours = hoursText(s);
  const from = s.validFrom === null ? '' : formatDate(s.validFrom, lang);
  const to = s.validTo === null ? '' : formatDate(s.validTo, lang);
  if (s.exception === 'closed')
    return from === to ? t('guide.schedule.closedOn', { date: from }) : t('guide.schedule.closedFromTo', { from, to });
  if (s.exception === 'changed')
    return from === to ? t('guide.schedule.changedOn', { date: from, hours }) : t('guide.schedule.changedFromTo', { from, to, hours });
  const days = dayList(t, s.byday);
  const key = s.freq === 'MONTHLY' ? 'guide.schedule.monthly' : s.interval > 1 ? 'guide.schedule.everyWeeks' : 'guide.schedule.weekly';
  const base = t(key, { days, hours, weeks: s.interval });
  const until = s.validTo === null ? '' : ` ${t('guide.schedule.until', { date: to })}`;
  const since = s.validFrom === null ? '' : ` ${t('guide.schedule.from', { date: from })}`;
  return `${base}${since}${until}`;
}

export function ScheduleList({ ctx, schedules }: { ctx: PageContext; schedules: readonly Schedule[] }) {
  if (schedules.length === 0) return '';
  const kinds = ['opening', 'walk_in', 'consultation'] as const;
  return (
    <dl class="utrecht-data-list wp-schedule">
      {kinds.map((kind) => {
        const ofKind = schedules.filter((s) => s.kind === kind);
        if (ofKind.length === 0) return '';
        return (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key" safe>
              {ctx.t(`guide.kind.${kind}`)}
            </dt>
            <dd class="utrecht-data-list__item-value">
              <ul class="utrecht-unordered-list">
                {ofKind.map((s) => (
                  <li class="utrecht-unordered-list__item">
                    <span safe>{describeSchedule(ctx.t, s, ctx.lang)}</span>
                    {s.description ? <span safe>{` (${s.description})`}</span> : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function costText(t: Translate, s: Pick<Service, 'costKind' | 'costCents' | 'costDescription'>): string {
  const base = s.costKind === 'free' ? t('guide.cost.free') : s.costKind === 'ask' ? t('guide.cost.ask') : euros(s.costCents ?? 0);
  return s.costDescription ? `${base} (${s.costDescription})` : base;
}

export function termNames(
  t: Translate,
  terms: ReadonlyMap<string, Term>,
  ids: readonly string[],
  taxonomy: Term['taxonomyCode'],
): string[] {
  return ids.flatMap((id) => {
    const term = terms.get(id);
    return term?.taxonomyCode === taxonomy ? [t(termLabelKey(term))] : [];
  });
}

/** The latest assessment in words and symbols: never by colour alone. */
export function AssessmentView({
  ctx,
  assessment,
  remarks,
}: {
  ctx: PageContext;
  assessment: Assessment | null;
  remarks?: Record<AssessmentDimension, string> | null;
}) {
  const { t } = ctx;
  if (assessment === null) {
    return (
      <p class="utrecht-paragraph" safe>
        {t('guide.assessment.none')}
      </p>
    );
  }
  return (
    <>
      <ul class="utrecht-unordered-list wp-assessment">
        {assessmentDimensions.map((dimension) => {
          const { level, symbol } = scoreLevel(assessment[dimension]);
          return (
            <li class={`utrecht-unordered-list__item wp-assessment__item wp-assessment--${level}`}>
              <span class="wp-assessment__symbol" aria-hidden="true" safe>
                {symbol}
              </span>{' '}
              <strong safe>{t(`guide.assessment.${dimension}`)}</strong>
              {': '}
              <span safe>{t(`guide.assessment.${dimension}.${level}`)}</span>
              {remarks?.[dimension] ? <span safe>{` (“${remarks[dimension]}”)`}</span> : ''}
            </li>
          );
        })}
      </ul>
      <p class="utrecht-paragraph" safe>
        {t('guide.assessment.by', { date: formatDate(assessment.on, ctx.lang) })}
      </p>
    </>
  );
}

export function StaleNotice({ ctx, stale, verifiedAt }: { ctx: PageContext; stale: boolean; verifiedAt: string | null }) {
  const when = verifiedAt === null ? ctx.t('guide.verified.never') : formatDate(verifiedAt, ctx.lang);
  if (!stale) {
    return (
      <p class="utrecht-paragraph wp-verified" safe>
        {verifiedAt === null ? ctx.t('guide.verified.none') : ctx.t('guide.verified.on', { date: when })}
      </p>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--warning" role="note">
      <p class="utrecht-paragraph utrecht-alert__message" safe>
        {ctx.t('guide.verified.stale', { date: when })}
      </p>
    </div>
  );
}

/** A group of checkboxes (several choices) or radio buttons (one), with its error beside it. */
export function CheckboxGroup({
  ctx,
  form,
  name,
  legend,
  options,
  radio = false,
}: {
  ctx: PageContext;
  form: FormState;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  radio?: boolean;
}) {
  const chosen = new Set((form.values[name] ?? '').split(','));
  const error = form.errors[name];
  const kind = radio ? 'radio' : 'checkbox';
  const input = radio ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input';
  return (
    <fieldset
      class="utrecht-form-fieldset wp-checkbox-group"
      id={`field-${name}`}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend class="utrecht-form-fieldset__legend" safe>
        {legend}
      </legend>
      {error ? (
        <div class="utrecht-form-field-error-message" id={`field-${name}-error`} safe>
          {ctx.t(error.code, error.params)}
        </div>
      ) : (
        ''
      )}
      {options.map((o, i) => (
        <div class={`utrecht-form-field utrecht-form-field--${kind}`}>
          <div class="utrecht-form-field__input">
            <input class={input} type={kind} id={`field-${name}-${i}`} name={name} value={o.value} checked={chosen.has(o.value)} />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for={`field-${name}-${i}`} safe>
              {o.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
