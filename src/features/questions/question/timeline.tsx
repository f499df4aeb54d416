import type { PageContext } from '../../../platform/http/request-context.ts';
import { When } from '../ui/blocks.tsx';
import { recipientNames } from '../consent/recipients.ts';
import type { EventKind, QuestionEvent } from './events.repository.ts';

export type Audience = 'resident' | 'staff';

/** Steps the resident took themselves read "U …" for them and "De bewoner …" for staff. */
const byResident = new Set<EventKind>([
  'asked',
  'resident_message',
  'withdrawn',
  'reopened',
  'consent_given',
  'consent_refused',
  'consent_withdrawn',
]);

/** Free text that the resident may read; a decline reason is between professionals. */
const bodyForResident = new Set<EventKind>([
  'answered',
  'pointed',
  'staff_message',
  'resident_message',
  'referral_closed',
  'consent_recorded',
  'consent_requested',
]);

function sentenceKey(event: QuestionEvent, audience: Audience): string {
  const base = `questions.event.${event.kind}`;
  if (byResident.has(event.kind) && event.actorUserId === null) return `${base}.${audience === 'resident' ? 'you' : 'resident'}`;
  if (event.kind === 'referral_declined' && audience === 'resident') return `${base}.forResident`;
  return base;
}

function Entry({ ctx, event, audience }: { ctx: PageContext; event: QuestionEvent; audience: Audience }) {
  const { t } = ctx;
  const recipients = (event.data.recipients ?? []).filter((r) => r !== 'neighbour_help');
  const sentence = t(sentenceKey(event, audience), {
    by: event.actorName ?? t('questions.someone'),
    contact: event.data.contactName ?? '',
    organization: event.data.organizationName ?? '',
    recipients: recipientNames(recipients, (event.data.recipients ?? []).includes('neighbour_help'), t),
  });
  const body = audience === 'staff' || bodyForResident.has(event.kind) ? event.body : null;
  return (
    <li class="utrecht-ordered-list__item wp-q-event">
      <p class="utrecht-paragraph wp-q-event__when">
        <When iso={event.at} lang={ctx.lang} />
      </p>
      <p class="utrecht-paragraph" safe>
        {sentence}
      </p>
      {event.data.entries && event.data.entries.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {event.data.entries.map((e) => (
            <li class="utrecht-unordered-list__item" safe>
              {e.detail === '' ? e.name : `${e.name} (${e.detail})`}
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {body !== null && body !== '' ? (
        <p class="utrecht-paragraph wp-q-event__body wp-q-pre-line" safe>
          {body}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** What happened with a question, oldest first. */
export function Timeline({ ctx, events, audience }: { ctx: PageContext; events: readonly QuestionEvent[]; audience: Audience }) {
  return (
    <ol class="utrecht-ordered-list wp-q-timeline">
      {events.map((e) => (
        <Entry ctx={ctx} event={e} audience={audience} />
      ))}
    </ol>
  );
}
