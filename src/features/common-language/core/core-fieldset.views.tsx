import type { Translate } from '../../../platform/i18n/i18n.ts';
import { maxLengthOf } from '../../../platform/http/fields.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CheckboxField, TextAreaField, type FormState } from '../../../platform/layout/forms.tsx';
import { Term } from '../../../platform/layout/term.tsx';
import { coreFields, coreInviteField, coreQuestions } from '../core-questions.ts';
import type { Conversation } from '../conversations/conversation.repository.ts';
import { coreAnswerLimits } from './core-answers.schema.ts';

/** The labels of the core questions' fields, for a form's error summary. */
export function coreFieldLabels(t: Translate): Record<string, string> {
  return {
    ...Object.fromEntries(coreQuestions.map((k) => [coreFields[k], t(`common-language.question.${k}`)])),
    [coreInviteField]: t('common-language.conversation.invite'),
  };
}

/**
 * "Het goede gesprek": the core questions of seed 000 annex II, every one optional, and the
 * resident's consent to be invited to the volunteer pool. The one fieldset of every form
 * that records a conversation with a resident (a help request at the desk, a question written
 * down for a resident, a conversation on its own page).
 */
export function CoreQuestionsFieldset({ ctx, form }: { ctx: PageContext; form: FormState }): JSX.Element {
  const { t } = ctx;
  const labels = coreFieldLabels(t);
  return (
    <fieldset class="utrecht-form-fieldset wp-core-questions" aria-describedby="core-questions-help">
      <legend class="utrecht-form-fieldset__legend" safe>
        {t('common-language.core.legend')}
      </legend>
      <p class="utrecht-paragraph" id="core-questions-help">
        <span safe>{t('common-language.core.helpBefore')}</span>{' '}
        <Term ctx={ctx} id="kernvragen" word={t('term.kernvragen').toLowerCase()} />
        <span safe>{t('common-language.core.helpAfter')}</span>
      </p>
      {coreQuestions.map((k) => (
        <TextAreaField
          t={t}
          form={form}
          name={coreFields[k]}
          label={labels[coreFields[k]] ?? k}
          required={false}
          rows={3}
          maxlength={maxLengthOf(coreAnswerLimits, coreFields[k])}
        />
      ))}
      <CheckboxField
        t={t}
        form={form}
        name={coreInviteField}
        label={labels[coreInviteField] ?? coreInviteField}
        description={t('common-language.conversation.poolHelp')}
        required={false}
      />
    </fieldset>
  );
}

/** The answers of a conversation, as a list; unanswered questions left out. */
export function CoreAnswers({ ctx, conversation }: { ctx: PageContext; conversation: Conversation }): JSX.Element {
  const { t } = ctx;
  const rows: [string, string | null][] = [
    ...coreQuestions.map((k): [string, string | null] => [t(`common-language.question.${k}`), conversation.answers[k]]),
    [t('common-language.conversation.pool'), conversation.invited ? t('common-language.conversation.invited') : null],
  ];
  return (
    <dl class="wp-conversation">
      {rows
        .filter((r): r is [string, string] => r[1] !== null)
        .map(([label, value]) => (
          <>
            <dt safe>{label}</dt>
            <dd safe>{value}</dd>
          </>
        ))}
    </dl>
  );
}

/** "Het goede gesprek" on the page of a help request or question: a heading and the answers, or nothing. */
export function CoreAnswersSection({ ctx, conversation }: { ctx: PageContext; conversation: Conversation | undefined }): JSX.Element {
  if (conversation === undefined) return <></>;
  return (
    <section aria-labelledby="core-answers">
      <h2 class="utrecht-heading-2" id="core-answers" safe>
        {ctx.t('common-language.core.legend')}
      </h2>
      <CoreAnswers ctx={ctx} conversation={conversation} />
    </section>
  );
}
