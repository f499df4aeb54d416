import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import {
  ChoiceGroup,
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../platform/layout/forms.tsx';
import type { PactAccess } from '../shared/access.rules.ts';
import { Badge, date, Para, Table, Text } from '../shared/pact.components.tsx';
import type { Partner } from '../partners/partners.repository.ts';
import type { ActionItem, MeetingItem } from './meeting-records.repository.ts';
import { actionForm, itemForm, recordForm } from './meeting-records.schema.ts';
import type { MeetingSummary } from './meetings.repository.ts';
import { meetingStatuses } from './meetings.rules.ts';

export interface MeetingPageData {
  meeting: MeetingSummary;
  items: MeetingItem[];
  actions: (ActionItem & { ownerName: string | null })[];
  minutes: string;
  attendance: string[];
  partners: Partner[];
  chair: string | null;
  access: PactAccess;
  notice?: string;
}

/** Numbered items, or a line saying there are none. */
export function List({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <Para text={empty} muted />;
  return (
    <ol class="utrecht-ordered-list">
      {items.map((i) => (
        <li class="utrecht-ordered-list__item" safe>
          {i}
        </li>
      ))}
    </ol>
  );
}

function ItemForm({ ctx, base, form }: { ctx: PageContext; base: string; form: FormState }) {
  const { t } = ctx;
  return (
    <form class="wp-form" method="post" action={`${base}/punten`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <SelectField
        t={t}
        form={form}
        name="kind"
        label={t('pact.item.kind')}
        options={[
          { value: 'agenda', label: t('pact.item.agenda') },
          { value: 'decision', label: t('pact.item.decision') },
        ]}
      />
      <TextAreaField t={t} form={form} name="text" label={t('pact.item.text')} rows={2} maxlength={maxLengthOf(itemForm, 'text')} />
      <SubmitButton label={t('pact.item.add')} secondary />
    </form>
  );
}

function RecordForm({ ctx, base, data, form }: { ctx: PageContext; base: string; data: MeetingPageData; form: FormState }) {
  const { t } = ctx;
  const shown =
    form.values.minutes !== undefined ? form : { errors: form.errors, values: { status: data.meeting.status, minutes: data.minutes } };
  return (
    <form class="wp-form" method="post" action={`${base}/verslag`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <SelectField
        t={t}
        form={shown}
        name="status"
        label={t('pact.meeting.status')}
        options={meetingStatuses.map((s) => ({ value: s, label: t(`pact.meeting.status.${s}`) }))}
      />
      <TextAreaField
        t={t}
        form={shown}
        name="minutes"
        label={t('pact.meeting.minutes')}
        required={false}
        rows={8}
        maxlength={maxLengthOf(recordForm, 'minutes')}
      />
      <SubmitButton label={t('pact.meeting.saveRecord')} secondary />
    </form>
  );
}

function ActionForm({ ctx, base, partners, form }: { ctx: PageContext; base: string; partners: Partner[]; form: FormState }) {
  const { t } = ctx;
  return (
    <form class="wp-form" method="post" action={`${base}/acties`} novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField
        t={t}
        form={form}
        name="description"
        label={t('pact.action.description')}
        maxlength={maxLengthOf(actionForm, 'description')}
      />
      <SelectField
        t={t}
        form={form}
        name="owner"
        label={t('pact.action.owner')}
        required={false}
        placeholder={t('pact.none')}
        options={partners.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextField t={t} form={form} name="dueOn" type="date" label={t('pact.action.due')} />
      <SubmitButton label={t('pact.action.add')} secondary />
    </form>
  );
}

function ActionStatus({ ctx, base, action, canChange }: { ctx: PageContext; base: string; action: ActionItem; canChange: boolean }) {
  const badge = <Badge text={ctx.t(`pact.action.status.${action.status}`)} tone={action.status === 'done' ? 'good' : 'neutral'} />;
  if (!canChange || action.status !== 'open') return badge;
  return (
    <>
      {badge}
      <form method="post" action={`${base}/acties/${action.id}`} class="wp-inline-form">
        <CsrfField token={ctx.csrfToken} />
        <button type="submit" name="status" value="done" class="utrecht-button utrecht-button--subtle" safe>
          {ctx.t('pact.action.markDone', { action: action.description })}
        </button>
      </form>
    </>
  );
}

/** Minutes, decisions, action items and attendance; the coordinator keeps them here. */
export function Record({ ctx, base, data, form }: { ctx: PageContext; base: string; data: MeetingPageData; form: FormState }) {
  const { t } = ctx;
  const decisions = data.items.filter((i) => i.kind === 'decision').map((i) => i.text);
  const present = new Set(data.attendance);
  return (
    <>
      <h2 class="utrecht-heading-2" safe>
        {t('pact.meeting.minutes')}
      </h2>
      {data.minutes === '' ? <Para text={t('pact.meeting.noMinutes')} muted /> : data.minutes.split('\n\n').map((p) => <Para text={p} />)}
      <h2 class="utrecht-heading-2" safe>
        {t('pact.meeting.decisions')}
      </h2>
      <List items={decisions} empty={t('pact.meeting.noDecisions')} />
      <h2 class="utrecht-heading-2" safe>
        {t('pact.meeting.actions')}
      </h2>
      {data.actions.length === 0 ? (
        <Para text={t('pact.meeting.noActions')} muted />
      ) : (
        <Table
          caption={t('pact.meeting.actions')}
          hideCaption
          head={[t('pact.action.description'), t('pact.action.owner'), t('pact.action.due'), t('pact.action.status')]}
          rows={data.actions.map((a) => [
            <Text value={a.description} />,
            <Text value={a.ownerName ?? '—'} />,
            <Text value={date(ctx, a.dueOn)} />,
            <ActionStatus ctx={ctx} base={base} action={a} canChange={data.access.coordinate} />,
          ])}
        />
      )}
      <h2 class="utrecht-heading-2" safe>
        {t('pact.meeting.attendance')}
      </h2>
      <Para text={t('pact.meeting.attendance.count', { count: present.size, total: data.partners.length })} />
      {data.access.coordinate ? (
        <>
          <ErrorSummary
            t={t}
            form={form}
            labels={{
              kind: t('pact.item.kind'),
              text: t('pact.item.text'),
              description: t('pact.action.description'),
              dueOn: t('pact.action.due'),
              owner: t('pact.action.owner'),
            }}
          />
          <form class="wp-form" method="post" action={`${base}/aanwezigheid`}>
            <CsrfField token={ctx.csrfToken} />
            <ChoiceGroup
              type="checkbox"
              t={t}
              form={{ values: {}, errors: {} }}
              name="present"
              legend={t('pact.meeting.attendance.legend')}
              options={data.partners.map((p) => ({ value: p.id, label: p.name }))}
              checked={data.attendance}
            />
            <SubmitButton label={t('pact.meeting.attendance.save')} secondary />
          </form>
          <h2 class="utrecht-heading-2" safe>
            {t('pact.meeting.keepRecord')}
          </h2>
          <ItemForm ctx={ctx} base={base} form={form} />
          <RecordForm ctx={ctx} base={base} data={data} form={form} />
          <ActionForm ctx={ctx} base={base} partners={data.partners} form={form} />
        </>
      ) : (
        <Para
          text={
            data.partners
              .filter((p) => present.has(p.id))
              .map((p) => p.name)
              .join(', ') || '—'
          }
        />
      )}
    </>
  );
}
