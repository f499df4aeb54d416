import type { PageContext } from '../../../platform/http/request-context.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { CsrfField, Notice } from '../../../platform/layout/forms.tsx';
import type { Page } from '../../../platform/layout/render.ts';
import { Heading, Para } from '../shared/components.tsx';
import { slotsText } from '../shared/words.ts';
import { Pager } from '../../../platform/layout/pager.tsx';
import { TermIn, type TermWord } from '../../../platform/layout/term.tsx';
import type { VolunteerPage } from './team.actions.ts';
import { LapsingVogs, RecordVogLink } from './vog.views.tsx';
import type { Volunteer } from './volunteers.repository.ts';

/** The trade word of this page, explained with the glossary where it first appears (the first volunteer's card). */
const vog: TermWord[] = [{ word: 'VOG', id: 'vog', abbr: true }];

function Standing({ ctx, v }: { ctx: PageContext; v: Volunteer }) {
  const { t } = ctx;
  return (
    <form method="post" action={`/${ctx.district?.slug ?? ''}/hulp/vrijwilligers/${v.id}`} class="wp-help-standing">
      <CsrfField token={ctx.csrfToken} />
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={`vog-${v.id}`}
          name="vogOnFile"
          checked={v.vogOnFile}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`vog-${v.id}`} safe>
          {t('help.volunteers.vog', { name: v.name })}
        </label>
      </div>
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={`active-${v.id}`}
          name="active"
          checked={v.active}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`active-${v.id}`} safe>
          {t('help.volunteers.active', { name: v.name })}
        </label>
      </div>
      <button
        type="submit"
        class="utrecht-button utrecht-button--secondary-action"
        aria-label={t('help.volunteers.saveOf', { name: v.name })}
        safe
      >
        {t('help.volunteers.save')}
      </button>
    </form>
  );
}

/** The coordinator's list of volunteers: talents, time and reach; where they live only as a buurt. */
export function volunteersPage(ctx: PageContext, list: VolunteerPage, load: Map<string, number>, notice: string | undefined): Page {
  const { t } = ctx;
  const { volunteers } = list;
  return {
    title: t('help.volunteers.title'),
    body: (
      <>
        <Heading text={t('help.volunteers.title')} />
        <Para text={t('help.volunteers.intro')} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/${ctx.district?.slug ?? ''}/hulp/bijdragen`} safe>
            {t('help.pool.link')}
          </a>
        </p>
        {notice === undefined ? '' : <Notice text={notice} />}
        <LapsingVogs ctx={ctx} list={list} />
        {volunteers.length === 0 ? <Para text={t('help.volunteers.none')} /> : ''}
        <ul class="wp-card-list wp-help-volunteers">
          {volunteers.map((v, i) => (
            <li class="wp-card">
              <Heading level={2} text={v.name} />
              <ul class="utrecht-unordered-list">
                <li
                  class="utrecht-unordered-list__item"
                  safe
                >{`${t('help.volunteers.buurt')}: ${v.buurtName} · ${t(`help.reach.${v.reach}`)}`}</li>
                <li
                  class="utrecht-unordered-list__item"
                  safe
                >{`${t('help.volunteers.talents')}: ${v.talents.map((x) => t(`help.talent.${x}`)).join(', ')}`}</li>
                <li
                  class="utrecht-unordered-list__item"
                  safe
                >{`${t('help.volunteers.time')}: ${slotsText(t, v.availability, 'help.volunteers.noTime')}`}</li>
                <li class="utrecht-unordered-list__item" safe>
                  {t('help.volunteers.load', { count: load.get(v.id) ?? 0 })}
                </li>
                <li class="utrecht-unordered-list__item">
                  <TermIn
                    ctx={ctx}
                    terms={i === 0 ? vog : []}
                    text={
                      v.vogOnFile && v.vogDate !== null
                        ? t('help.volunteers.vogSince', { date: formatDate(v.vogDate, ctx.lang) })
                        : t('help.volunteers.noVog')
                    }
                  />{' '}
                  <RecordVogLink ctx={ctx} volunteer={v} />
                </li>
                <li class="utrecht-unordered-list__item" safe>{`${t('help.volunteers.email')}: ${v.email}`}</li>
              </ul>
              <Standing ctx={ctx} v={v} />
            </li>
          ))}
        </ul>
        <Pager
          ctx={ctx}
          page={list.page}
          pageCount={list.pageCount}
          href={(p) => `/${ctx.district?.slug ?? ''}/hulp/vrijwilligers${p > 1 ? `?pagina=${p}` : ''}`}
        />
      </>
    ),
  };
}
