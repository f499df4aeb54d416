import type { District } from '../../../platform/geography/geography.repository.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { CsrfField, Notice, SubmitButton } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Breadcrumb } from '../common/breadcrumb.tsx';
import { guidePath } from '../common/paths.ts';
import type { ImportOutcome } from './import.actions.ts';
import type { ImportProblem } from './import-reader.rules.ts';
import { TermIn } from '../../../platform/layout/term.tsx';

function Problems({ ctx, problems }: { ctx: PageContext; problems: readonly ImportProblem[] }) {
  const { t } = ctx;
  return (
    <div class="utrecht-alert utrecht-alert--error wp-error-summary" id="error-summary" role="alert" tabindex="-1">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2" safe>
          {t('guide.import.problems', { count: problems.length })}
        </h2>
        <p class="utrecht-paragraph" safe>
          {t('guide.import.nothingChanged')}
        </p>
        <ul class="utrecht-unordered-list">
          {problems.slice(0, 200).map((p) => (
            <li class="utrecht-unordered-list__item">
              {p.path ? <code safe>{p.path}</code> : ''}
              <span safe>{`${p.path ? ': ' : ''}${t(p.code, p.params)}`}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function importPage(
  ctx: PageContext,
  district: District,
  state: { problems?: ImportProblem[]; outcome?: ImportOutcome },
  maxBytes: number,
): Page {
  const { t } = ctx;
  const title = t('guide.import.title');
  return {
    title,
    hasErrors: (state.problems?.length ?? 0) > 0,
    body: (
      <>
        <Breadcrumb ctx={ctx} district={district} trail={[{ href: guidePath(district, '/beheer'), label: t('guide.manage.title') }]} />
        <h1 class="utrecht-heading-1" safe>
          {title}
        </h1>
        {state.problems?.length ? <Problems ctx={ctx} problems={state.problems} /> : ''}
        {state.outcome ? <Notice text={t('guide.import.done', { ...state.outcome })} /> : ''}
        <p class="utrecht-paragraph">
          <TermIn
            ctx={ctx}
            text={t('guide.import.intro', { mb: maxBytes / 1024 / 1024 })}
            terms={[{ word: 'HSDS', id: 'hsds', abbr: true }]}
          />
        </p>
        <form class="wp-form" method="post" action={guidePath(district, '/beheer/import')} enctype="multipart/form-data">
          <CsrfField token={ctx.csrfToken} />
          <div class="utrecht-form-field utrecht-form-field--distanced">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="field-bestand" safe>
                {t('guide.import.file')}
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input
                class="utrecht-textbox utrecht-textbox--html-input"
                type="file"
                id="field-bestand"
                name="bestand"
                accept=".json,application/json"
                required
              />
            </div>
          </div>
          <SubmitButton label={t('guide.import.submit')} />
        </form>
      </>
    ),
  };
}
