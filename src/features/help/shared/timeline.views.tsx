import { formatDateTime, type Lang, type Translate } from '../../../platform/i18n/i18n.ts';
import type { TimelineStep } from '../lifecycle/events.repository.ts';

/** Our own light badge colours with black text: the Utrecht status colours fall short of AA contrast here. */
const badgeKind: Record<string, string> = {
  new: 'new',
  checked: 'busy',
  matching: 'busy',
  matched: 'busy',
  done: 'done',
  heard_back: 'done',
  closed: 'ended',
  withdrawn: 'ended',
  declined: 'ended',
  referred: 'ended',
};

export function StatusBadge({ t, status }: { t: Translate; status: string }) {
  return (
    <span class={`utrecht-status-badge wp-help-badge wp-help-badge--${badgeKind[status] ?? 'ended'}`} safe>
      {t(`help.status.${status}`)}
    </span>
  );
}

/** Every step of the request with its moment; who took it is shown to coordinators only. */
export function Timeline({
  t,
  lang,
  steps,
  withActors,
}: {
  t: Translate;
  lang: Lang;
  steps: readonly TimelineStep[];
  withActors: boolean;
}) {
  return (
    <ol class="utrecht-ordered-list wp-help-timeline">
      {steps.map((s) => (
        <li class="utrecht-ordered-list__item">
          <span class="wp-help-timeline__when" safe>
            {formatDateTime(s.at, lang)}
          </span>{' '}
          <span safe>{t(`help.step.${s.step}`)}</span>
          {withActors && s.actorName !== null ? <span safe>{` · ${s.actorName}`}</span> : ''}
          {withActors && s.note !== null ? <span class="wp-help-timeline__note" safe>{` · ${noteText(t, s)}`}</span> : ''}
        </li>
      ))}
    </ol>
  );
}

function noteText(t: Translate, step: TimelineStep): string {
  const key = `help.stepNote.${step.step}.${step.note ?? ''}`;
  const text = t(key);
  return text === key ? (step.note ?? '') : text;
}
