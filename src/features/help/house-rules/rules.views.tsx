import type { PageContext } from '../../../platform/http/request-context.ts';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';
import { Heading, Para, TextList } from '../shared/components.tsx';
import { duration, money } from '../shared/words.ts';
import type { SocialEntrepreneur } from '../shared/places.repository.ts';
import type { HouseRules } from './house-rules.rules.ts';

export type Audience = 'requester' | 'volunteer' | 'coordinator';

function ruleLines(ctx: PageContext, rules: HouseRules, audience: Audience): string[] {
  const { t } = ctx;
  const params = {
    fee: money(rules.oddJobFeeCents, ctx.lang),
    duration: duration(t, rules.maxServiceMinutes),
    days: rules.feedbackDays,
    reminder: rules.reminderDays,
    count: rules.manyJobsCount,
    period: rules.manyJobsDays,
    studentDesk: rules.studentDesk,
  };
  const line = (key: string) => t(`help.houseRules.${audience}.${key}`, params);
  const lines = [line('free'), line('fee'), line('maxDuration')];
  if (rules.oneAtATime) lines.push(line('oneAtATime'));
  lines.push(line('feedback'));
  if (rules.networkCheckRequired) lines.push(line('network'));
  lines.push(line('large'));
  if (rules.studentsForLongRunning) lines.push(line('students'));
  if (rules.vogRequiredForHomeVisits && audience !== 'requester') lines.push(line('vog'));
  return lines;
}

/** The coordinator's rules use a trade word, explained with the glossary (issue 10 item 11). */
const coordinatorTerms: TermWord[] = [{ word: 'VOG', id: 'vog', abbr: true }];

function CoordinatorList({ ctx, items }: { ctx: PageContext; items: readonly string[] }) {
  return (
    <ul class="utrecht-unordered-list">
      {items.map((item) => (
        <li class="utrecht-unordered-list__item">
          <TermIn ctx={ctx} text={item} terms={coordinatorTerms} />
        </li>
      ))}
    </ul>
  );
}

/** The cooperative's house rules in plain words for this reader, with the liability notice (seed 004). */
export function HouseRulesSection({ ctx, rules, audience }: { ctx: PageContext; rules: HouseRules; audience: Audience }) {
  const { t } = ctx;
  return (
    <section class="wp-help-rules" aria-labelledby="spelregels">
      <Heading level={2} id="spelregels" text={t('help.houseRules.title', { cooperative: rules.cooperativeName })} />
      {audience === 'coordinator' ? (
        <CoordinatorList ctx={ctx} items={ruleLines(ctx, rules, audience)} />
      ) : (
        <TextList items={ruleLines(ctx, rules, audience)} />
      )}
      <div class="utrecht-alert utrecht-alert--info wp-help-liability">
        <p class="utrecht-paragraph utrecht-alert__message" safe>
          {t('help.liability', { cooperative: rules.cooperativeName })}
        </p>
      </div>
    </section>
  );
}

/** Where large or many jobs go: the social entrepreneurs in the guide and the cooperative's own list. */
export function SocialEntrepreneurs({
  ctx,
  fromGuide,
  configured,
}: {
  ctx: PageContext;
  fromGuide: SocialEntrepreneur[];
  configured: string[];
}) {
  const lines = [
    ...fromGuide.map((s) => [s.name, s.description, s.contact ?? ''].filter((p) => p !== '').join(' · ')),
    ...configured.map((line) =>
      line
        .split('|')
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .join(' · '),
    ),
  ];
  if (lines.length === 0) return '';
  return (
    <section aria-labelledby="sociale-ondernemers">
      <Heading level={2} id="sociale-ondernemers" text={ctx.t('help.socialEntrepreneurs.title')} />
      <Para text={ctx.t('help.socialEntrepreneurs.intro')} />
      <TextList items={lines} />
    </section>
  );
}
