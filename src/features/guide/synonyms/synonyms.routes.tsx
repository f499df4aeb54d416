import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actionContext } from '../../../platform/actions/action.ts';
import type { Db } from '../../../platform/db/schema.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf, requireRight } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { questionKinds } from '../model/taxonomy.ts';
import { cachedTerms } from '../model/terms.repository.ts';
import { setThemeWords } from './synonyms.actions.ts';
import { listThemeWords, wordsOfTheme } from './synonyms.repository.ts';
import { synonymsForm } from './synonyms.schema.ts';
import { themeWordsForm, themeWordsPage, wordsPath } from './synonyms.views.tsx';

/** The kind of question of the URL, or 404. */
async function themeOf(db: Db, request: FastifyRequest) {
  const { thema } = request.params as { thema: string };
  const theme = questionKinds(await cachedTerms(db)).find((t) => t.code === thema);
  if (theme === undefined) throw new HttpProblem(404);
  return { district: districtOf(request), theme };
}

/** Those who keep the district's guide keep the everyday words that lead to its themes (issue 10.4). */
export function synonymRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const preHandler = requireRight('guide.edit');
  app.get('/:district/gids/beheer/woorden', { preHandler }, async (request, reply) => {
    const district = districtOf(request);
    const lists = new Map((await listThemeWords(db)).map((l) => [l.termId, l.words]));
    const themes = questionKinds(await cachedTerms(db)).map((term) => ({ term, words: lists.get(term.id) ?? [] }));
    return sendPage(request, reply, (ctx) => themeWordsPage(ctx, district, themes));
  });
  formRoute(app, {
    path: '/:district/gids/beheer/woorden/:thema',
    preHandler,
    load: (request) => themeOf(db, request),
    defaults: async (_request, { theme }) => ({ woorden: (await wordsOfTheme(db, theme.id)).join('\n') }),
    page: (request, { district, theme }) => {
      const notice = noticeOf(request, 'guide.synonyms.notice', ['opgeslagen']);
      return (ctx, form) => themeWordsForm(ctx, district, theme, form, notice);
    },
    schema: synonymsForm,
    act: (request, { district, theme }, input) => setThemeWords(actionContext(request, deps), district, theme, input),
    done: (_request, { district, theme }) => `${wordsPath(district, theme.code)}?melding=opgeslagen`,
  });
}
