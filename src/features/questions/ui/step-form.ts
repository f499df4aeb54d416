import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import { actionContext, type ActionContext } from '../../../platform/actions/action.ts';
import type { Outcome } from '../../../platform/actions/outcome.ts';
import type { AppDeps } from '../../../platform/feature.ts';
import type { FormValues } from '../../../platform/http/forms.ts';
import { formRoute, type FormPage } from '../../../platform/http/form-route.tsx';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { textPage, type ActionFrame } from './action-frame.tsx';

/**
 * Where the step pages of one subject live: a coordinator's question (`/vragen/:id/…`) or a
 * receiver's referral (`/doorverwijzingen/:id/…`). Finding the subject checks who may act.
 */
export interface StepPlace<S> {
  deps: AppDeps;
  base: string;
  preHandler: preHandlerAsyncHookHandler;
  load(request: FastifyRequest): Promise<S>;
  home(subject: S): string;
  /** The frame around every step page; may audit that the page shows personal data. */
  frame(request: FastifyRequest, subject: S, step: string, slug: string): Promise<(ctx: PageContext) => ActionFrame>;
}

/** One step as a form: its address below the subject, its words (`questions.<step>.…`), the form and the action. */
export interface StepSpec<S, T extends z.ZodType> {
  slug: string;
  step: string;
  /** Whether the subject's state allows the step; otherwise 409, before anything is shown. */
  allowed(subject: S): boolean;
  schema: T;
  defaults?(request: FastifyRequest, subject: S): FormValues | Promise<FormValues>;
  page(request: FastifyRequest, subject: S, frame: (ctx: PageContext) => ActionFrame): FormPage | Promise<FormPage>;
  act(ctx: ActionContext, subject: S, data: z.output<T>): Promise<Outcome<unknown>>;
  /** The notice on the subject's page afterwards (`?melding=…`). */
  melding: string;
}

/** Registers a step page in the platform's form pattern (`formRoute`). */
export function stepForm<S, T extends z.ZodType>(app: FastifyInstance, place: StepPlace<S>, spec: StepSpec<S, T>): void {
  formRoute(app, {
    path: `${place.base}/${spec.slug}`,
    preHandler: place.preHandler,
    async load(request) {
      const subject = await place.load(request);
      if (!spec.allowed(subject)) throw new HttpProblem(409, 'questions.conflict');
      return subject;
    },
    defaults: async (request, subject) => (await spec.defaults?.(request, subject)) ?? {},
    page: async (request, subject) => spec.page(request, subject, await place.frame(request, subject, spec.step, spec.slug)),
    schema: spec.schema,
    act: (request, subject, data) => spec.act(actionContext(request, place.deps), subject, data),
    done: (_request, subject) => `${place.home(subject)}?melding=${spec.melding}`,
  });
}

/** The part of a step that differs where the same step is offered twice (consent, hand-over, refer). */
export type StepWhere<S> = Pick<StepSpec<S, z.ZodType>, 'slug' | 'step' | 'melding' | 'allowed'>;

/**
 * A step whose form is one text: an answer, a message, a reason for declining, an outcome.
 * Its words come from `questions.<step>.field`, `.field.description` (when `described`) and `.submit`.
 */
export function textStep<S, T extends z.ZodObject>(
  where: StepWhere<S> & { schema: T; name: string; described: boolean },
  act: StepSpec<S, T>['act'],
): StepSpec<S, T> {
  const { schema, name, described, ...place } = where;
  return {
    ...place,
    schema,
    page: (_request, _subject, frame) => (ctx, form) => textPage(ctx, frame(ctx), form, { schema, name, step: place.step, described }),
    act,
  };
}
