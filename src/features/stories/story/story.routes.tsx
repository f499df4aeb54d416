import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actionContext } from '../../../platform/actions/action.ts';
import { refusal } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import { formRoute } from '../../../platform/http/form-route.tsx';
import { districtOf, HttpProblem, noticeOf } from '../../../platform/http/guards.ts';
import { hitRateLimit } from '../../../platform/http/rate-limit.repository.ts';
import { sendPage } from '../../../platform/layout/render.ts';
import { photoOf, photoRoutes, withPhotoUploads } from '../photo/photo.routes.ts';
import { photoInfo } from '../photo/photo.repository.ts';
import { atomFeed } from './atom.ts';
import { isEditorOf, mayPublishNews, requireEditor, requireNewsWriter } from './story.access.ts';
import { editAndPublish, publishNews, reject, submitStory } from './story.actions.ts';
import { findStory, listStories, type Story } from './story.repository.ts';
import { summaryOf } from './story.rules.ts';
import { editForm, newsForm, submitForm } from './story.schema.ts';
import { deskPage, storyFormPage } from './story-form.views.tsx';
import { storiesPage, storyPage } from './story.views.tsx';

/** Five stories an hour from one address. */
const SUBMIT_LIMIT = { limit: 5, windowSeconds: 3600 };
const notices = ['ingestuurd', 'gepubliceerd', 'bewaard', 'afgewezen'];

const valuesOf = (s: Story) => ({
  title: s.title,
  body: s.body,
  buurt: s.buurtId ?? '',
  themes: s.themes.join(','),
  showName: s.showName ? 'on' : '',
  publish: 'publish',
});

/** Stories and news: reading (anyone), sending in (residents), writing news (partners), editing (editors), and the Atom feed. */
export function storyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const base = (request: FastifyRequest) => `/${districtOf(request).slug}/verhalen`;
  const buurtenOf = (request: FastifyRequest) => listBuurten(db, districtOf(request).id);

  app.get('/:district/verhalen', async (request, reply) => {
    const district = districtOf(request);
    const stories = await listStories(db, district.id, { status: 'published', limit: 30 });
    const user = request.user;
    const data = {
      stories,
      buurten: await buurtenOf(request),
      mayWriteNews: user !== null && mayPublishNews(user, district),
      isEditor: isEditorOf(user, district),
    };
    return sendPage(request, reply, (ctx) => storiesPage(ctx, { ...data, notice: noticeOf(request, 'stories.notice', notices) }));
  });

  withPhotoUploads(app, (scope) => {
    formRoute(scope, {
      path: '/:district/verhalen/insturen',
      load: buurtenOf,
      page: (request, buurten) => (ctx, form) => storyFormPage(ctx, { mode: 'submit', action: `${base(request)}/insturen`, buurten }, form),
      schema: submitForm,
      act: async (request, _buurten, input) => {
        const limited = await hitRateLimit(db, `stories.submit:${request.ip}`, SUBMIT_LIMIT, deps.clock.now());
        if (!limited.allowed) return refusal('stories.tooMany', { status: 429 });
        const photo = await photoOf(request);
        return photo.ok ? submitStory(actionContext(request, deps), districtOf(request), input, photo.value) : photo;
      },
      done: (request) => `${base(request)}?melding=ingestuurd`,
    });
  });
  photoRoutes(app, deps);

  app.get('/:district/verhalen/atom.xml', async (request, reply) => {
    const district = districtOf(request);
    const stories = await listStories(db, district.id, { status: 'published', limit: 30 });
    const pageUrl = new URL(`/${district.slug}/verhalen`, deps.config.baseUrl).href;
    const body = atomFeed({
      title: request.t('stories.feed.title', { district: district.name }),
      selfUrl: `${pageUrl}/atom.xml`,
      pageUrl,
      updated: stories[0]?.updatedAt ?? new Date(0).toISOString(),
      anonymous: request.t('stories.byline.resident'),
      entries: stories.map((story) => ({ story, url: `${pageUrl}/${story.id}`, summary: summaryOf(story.body, 400) })),
    });
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=900').send(body);
  });

  formRoute(app, {
    path: '/:district/verhalen/nieuws',
    preHandler: requireNewsWriter,
    load: buurtenOf,
    page: (request, buurten) => (ctx, form) => storyFormPage(ctx, { mode: 'news', action: `${base(request)}/nieuws`, buurten }, form),
    schema: newsForm,
    act: (request, _buurten, input) => publishNews(actionContext(request, deps), districtOf(request), input),
    done: (request, _buurten, id) => `${base(request)}/${id}?melding=gepubliceerd`,
  });

  app.get('/:district/verhalen/redactie', { preHandler: requireEditor }, async (request, reply) => {
    const waiting = await listStories(db, districtOf(request).id, { status: 'submitted' });
    return sendPage(request, reply, (ctx) => deskPage(ctx, { waiting, notice: noticeOf(request, 'stories.notice', notices) }));
  });

  const loadStory = async (request: FastifyRequest<{ Params: { story: string } }>) => {
    const story = await findStory(db, districtOf(request).id, request.params.story);
    if (story === undefined) throw new HttpProblem(404);
    return { story, buurten: await buurtenOf(request) };
  };

  formRoute(app, {
    path: '/:district/verhalen/:story/bewerken',
    preHandler: requireEditor,
    load: loadStory,
    defaults: (_request, { story }) => valuesOf(story),
    page:
      (request, { story, buurten }) =>
      (ctx, form) =>
        storyFormPage(ctx, { mode: 'edit', action: `${base(request)}/${story.id}/bewerken`, buurten }, form),
    schema: editForm,
    act: (request, { story }, input) => editAndPublish(actionContext(request, deps), districtOf(request), story.id, input),
    done: (request, { story }, done) => `${base(request)}/${story.id}?melding=${done.published ? 'gepubliceerd' : 'bewaard'}`,
  });

  formRoute(app, {
    path: '/:district/verhalen/:story/afwijzen',
    preHandler: requireEditor,
    load: loadStory,
    page: async (request) => {
      const waiting = await listStories(db, districtOf(request).id, { status: 'submitted' });
      return (ctx) => deskPage(ctx, { waiting });
    },
    shownOn: (request) => `${base(request)}/redactie`,
    schema: z.object({}),
    act: (request, { story }) => reject(actionContext(request, deps), districtOf(request), story.id),
    done: (request) => `${base(request)}/redactie?melding=afgewezen`,
  });

  app.get('/:district/verhalen/:story', async (request: FastifyRequest<{ Params: { story: string } }>, reply) => {
    const { story, buurten } = await loadStory(request);
    const editor = isEditorOf(request.user, districtOf(request));
    if (story.status !== 'published' && !editor) throw new HttpProblem(404);
    const photo = await photoInfo(db, story.id);
    return sendPage(request, reply, (ctx) =>
      storyPage(ctx, { story, buurten, photo, mayEdit: editor, notice: noticeOf(request, 'stories.notice', notices) }),
    );
  });
}
