import { formatDate } from '../../../platform/i18n/i18n.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import type { Assessment } from '../model/guide.model.ts';
import { assessmentDimensions, scoreLevel, type AssessmentDimension } from './assessment.rules.ts';

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
