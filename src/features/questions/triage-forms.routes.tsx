import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/feature.ts';
import { listBuurten, type District } from '../../platform/geography/geography.repository.ts';
import { HttpProblem, requireRole } from '../../platform/http/guards.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import { actionForm, type Outcome } from './action-form.ts';
import { actionContext, auditPersonalDataRead } from './actions.shared.ts';
import { recordConsent } from './consent.actions.ts';
import { consentDefaults } from './consent.rules.ts';
import { consentPage, pointPage, referPage, textPage, type ActionFrame } from './forms.views.tsx';
import { guideEntries, sortedOrganizations } from './guide-entries.repository.ts';
import { handOver, travelToNeighbourHelp } from './handover.actions.ts';
import { handOverPage } from './handover.views.tsx';
import { questionForCoordinator } from './question.data.ts';
import { QuestionContext } from './question.views.tsx';
import type { Question } from './questions.repository.ts';
import { isOpen, nextState, type QuestionAction } from './questions.rules.ts';
import { answerForm, consentForm, handOverForm, messageForm, pointForm, referForm } from './questions.schema.ts';
import { partnerContacts } from './referrals.repository.ts';
import { answerQuestion, messageResident, pointQuestion, referQuestion } from './triage.actions.ts';

type Subject = { district: District; question: Question };

const ok = (notice: string): Outcome => ({ ok: true, notice });

/** What every action page on a question shares: the coordinator guard, the question, the way back, the audited frame. */
function kitFor(deps: AppDeps) {
  const { db } = deps.database;
  const done = (_request: FastifyRequest, s: Subject) => `/${s.district.slug}/vragen/${s.question.id}`;
  return {
    db,
    preHandler: requireRole('coordinator'),
    load: (request: FastifyRequest) => questionForCoordinator(db, request),
    done,
    allows: (action: QuestionAction) => (s: Subject) => {
      if (nextState(s.question.status, action) === null) throw new HttpProblem(409, 'questions.conflict');
    },
    /** The frame of an action page; showing the question is a read of personal data, so it is audited. */
    frameFor: async (request: FastifyRequest, s: Subject, step: string, slug: string) => {
      await auditPersonalDataRead(db, actionContext(request, deps), s.question, { role: 'coordinator' });
      return (ctx: PageContext): ActionFrame => ({
        title: ctx.t(`questions.${step}.title`),
        intro: ctx.t(`questions.${step}.intro`),
        action: `${done(request, s)}/${slug}`,
        back: done(request, s),
        context: <QuestionContext ctx={ctx} question={s.question} />,
      });
    },
  };
}

export function triageFormRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, preHandler, load, done, allows, frameFor } = kitFor(deps);
  actionForm(app, {
    path: '/:district/vragen/:id/beantwoorden',
    preHandler,
    load,
    check: allows('answer'),
    schema: answerForm,
    async page(request, s) {
      const frame = await frameFor(request, s, 'answer', 'beantwoorden');
      return (ctx, form) => textPage(ctx, frame(ctx), form, { name: 'answer', step: 'answer', described: true });
    },
    submit: async (request, s, data) => (await answerQuestion(actionContext(request, deps), s.question, data.answer), ok('beantwoord')),
    done,
  });

  actionForm(app, {
    path: '/:district/vragen/:id/bericht',
    preHandler,
    load,
    check: allows('message'),
    schema: messageForm,
    async page(request, s) {
      const frame = await frameFor(request, s, 'message', 'bericht');
      return (ctx, form) => textPage(ctx, frame(ctx), form, { name: 'message', step: 'message', described: false });
    },
    submit: async (request, s, data) => (await messageResident(actionContext(request, deps), s.question, data.message), ok('bericht')),
    done,
  });

  actionForm(app, {
    path: '/:district/vragen/:id/wijzen',
    preHandler,
    load,
    check: allows('point'),
    schema: pointForm,
    async page(request, s) {
      const frame = await frameFor(request, s, 'point', 'wijzen');
      const entries = await guideEntries(db, s.district.id);
      return (ctx, form) => pointPage(ctx, frame(ctx), form, entries);
    },
    async submit(request, s, data) {
      const result = await pointQuestion(actionContext(request, deps), s.question, data.entries, data.note);
      return result.ok ? ok('gewezen') : result;
    },
    done,
  });

  referAndConsentRoutes(app, deps);
}

/** Referring to a named person, and consent, from the question. */
function referAndConsentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, preHandler, load, done, allows, frameFor } = kitFor(deps);

  actionForm(app, {
    path: '/:district/vragen/:id/doorverwijzen',
    preHandler,
    load,
    check: allows('refer'),
    schema: referForm,
    async page(request, s) {
      const frame = await frameFor(request, s, 'refer', 'doorverwijzen');
      const contacts = await partnerContacts(db, s.district.id);
      return (ctx, form) => referPage(ctx, frame(ctx), form, contacts, { formalCareFixed: false });
    },
    async submit(request, s, data) {
      const result = await referQuestion(actionContext(request, deps), s.question, { ...data, formalCare: data.formalCare === 'yes' });
      return result.ok ? ok('doorverwezen') : result;
    },
    done,
  });

  actionForm(app, {
    path: '/:district/vragen/:id/toestemming',
    preHandler,
    load,
    check: (s) => {
      if (!isOpen(s.question.status)) throw new HttpProblem(409, 'questions.conflict');
    },
    schema: consentForm,
    defaults: () => consentDefaults(deps.clock.now()),
    async page(request, s) {
      const frame = await frameFor(request, s, 'consent', 'toestemming');
      const organizations = await sortedOrganizations(db, s.district.id);
      return (ctx, form) => consentPage(ctx, frame(ctx), form, organizations);
    },
    async submit(request, s, data) {
      const result = await recordConsent(actionContext(request, deps), s.question, data);
      return result.ok ? ok('toestemming') : result;
    },
    done,
  });
}

/** Triage outcome: a neighbour-help or buddy request, carrying what the consent allows. */
export function handOverRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, preHandler, load, done, allows, frameFor } = kitFor(deps);
  actionForm(app, {
    path: '/:district/vragen/:id/buurthulp',
    preHandler,
    load,
    check: allows('hand_over'),
    schema: handOverForm,
    defaults: async (s) => ({ buurt: (await listBuurten(db, s.district.id)).find((b) => b.id === s.question.buurtId)?.slug ?? '' }),
    async page(request, s) {
      const frame = await frameFor(request, s, 'handOver', 'buurthulp');
      const data = {
        buurten: await listBuurten(db, s.district.id),
        travel: await travelToNeighbourHelp(actionContext(request, deps), s.question),
      };
      return (ctx, form) => handOverPage(ctx, frame(ctx), form, data);
    },
    async submit(request, s, data) {
      const result = await handOver(actionContext(request, deps), s.question, data);
      return result.ok ? ok('buurthulp') : result;
    },
    done,
  });
}
