import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import type { Outcome } from '../actions/outcome.ts';
import type { FormState } from '../layout/forms.tsx';
import { sendPage, type Page } from '../layout/render.ts';
import { parseForm, type FormValues } from './forms.ts';
import type { PageContext } from './request-context.ts';

/** Draws the form's page with a given form state (values and errors). */
export type FormPage = (ctx: PageContext, form: FormState) => Page;

export interface FormRouteSpec<T, S extends z.ZodType, V> {
  /** The one fixed address: GET shows the form, POST sends it, and an error comes back here. */
  path: string;
  preHandler?: preHandlerAsyncHookHandler | preHandlerAsyncHookHandler[];
  /** Finds what the form acts on and checks the person may; throws an HttpProblem otherwise. */
  load(request: FastifyRequest): Promise<T>;
  /** The values the form starts with. */
  defaults?(request: FastifyRequest, subject: T): FormValues | Promise<FormValues>;
  page(request: FastifyRequest, subject: T): FormPage | Promise<FormPage>;
  schema: S;
  act(request: FastifyRequest, subject: T, data: z.output<S>): Promise<Outcome<V>>;
  /** Where to go when it is done, usually with `?melding=…`. */
  done(request: FastifyRequest, subject: T, value: V): string;
  /**
   * The form lives on another page (one page, several forms): GET on this address goes
   * there, POST errors are shown here with that page's content.
   */
  shownOn?(request: FastifyRequest, subject: T): string;
}

/**
 * The platform's form pattern, once: the form posts to a fixed address; a problem (zod or
 * a refusal of the action) shows the same page again on that address, status 422 or 409,
 * with everything the person typed kept and the problems beside the fields; success
 * redirects (303) so a reload never sends it twice.
 */
export function formRoute<T, S extends z.ZodType, V>(app: FastifyInstance, spec: FormRouteSpec<T, S, V>): void {
  const options = spec.preHandler === undefined ? {} : { preHandler: spec.preHandler };

  async function show(request: FastifyRequest, reply: FastifyReply, subject: T, form: FormState, status: number) {
    const page = await spec.page(request, subject);
    return sendPage(request, reply, (ctx) => page(ctx, form), status);
  }

  app.get(spec.path, options, async (request, reply) => {
    const subject = await spec.load(request);
    if (spec.shownOn !== undefined) return reply.redirect(spec.shownOn(request, subject), 303);
    return show(request, reply, subject, { values: (await spec.defaults?.(request, subject)) ?? {}, errors: {} }, 200);
  });

  app.post(spec.path, options, async (request, reply) => {
    const subject = await spec.load(request);
    const form = parseForm(spec.schema, request.body);
    if (!form.ok) return show(request, reply, subject, form, 422);
    const outcome = await spec.act(request, subject, form.data);
    if (!outcome.ok) return show(request, reply, subject, { values: form.values, errors: outcome.errors }, outcome.status);
    return reply.redirect(spec.done(request, subject, outcome.value), 303);
  });
}
