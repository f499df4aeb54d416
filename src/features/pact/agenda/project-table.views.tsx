import type { PageContext } from '../../../platform/http/request-context.ts';
import { Badge, challengeLabel, date, euros, Link, pactBase, Table, Text } from '../shared/pact.components.tsx';
import type { ProjectChange } from './agenda.rules.ts';
import type { Project } from './projects.repository.ts';

function ChangeBadge({ ctx, change }: { ctx: PageContext; change: ProjectChange | undefined }) {
  if (change === undefined) return '';
  const text =
    change.kind === 'added'
      ? ctx.t('pact.agenda.added')
      : ctx.t('pact.agenda.changed', { fields: change.fields.map((f) => ctx.t(`pact.project.field.${f}`)).join(', ') });
  return (
    <>
      <br />
      <Badge text={text} tone="warning" />
    </>
  );
}

/** The projects of a version, each with what changed since the adopted one. */
export function ProjectTable({
  ctx,
  year,
  projects,
  changes,
  caption,
}: {
  ctx: PageContext;
  year: number;
  projects: Project[];
  changes: ProjectChange[];
  caption: string;
}) {
  const { t } = ctx;
  return (
    <Table
      caption={caption}
      head={[
        t('pact.project.title'),
        t('pact.project.challenges'),
        t('pact.project.owners'),
        t('pact.project.budget'),
        t('pact.project.status'),
        t('pact.project.lastNote'),
      ]}
      rows={projects.map((p) => [
        <>
          <Link href={`${pactBase(ctx)}/wijkagenda/${year}/projecten/${p.id}`} text={p.title} />
          <ChangeBadge ctx={ctx} change={changes.find((c) => c.key === p.key)} />
        </>,
        <Text value={challengeLabel(ctx, p.challenges)} />,
        <Text value={p.ownerNames.join(', ') || '—'} />,
        <Text
          value={p.budgetCents === null ? '—' : `${euros(ctx, p.budgetCents)}${p.budgetSource === '' ? '' : ` (${p.budgetSource})`}`}
        />,
        <Badge
          text={t(`pact.project.status.${p.status}`)}
          tone={p.status === 'done' ? 'good' : p.status === 'stopped' ? 'bad' : 'neutral'}
        />,
        <Text value={p.notes[0] === undefined ? '—' : `${date(ctx, p.notes[0].notedOn)}: ${p.notes[0].text}`} />,
      ])}
    />
  );
}
