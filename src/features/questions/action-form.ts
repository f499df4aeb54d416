import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import { parseForm, type FieldErrors, type FormValues } from '../../platform/http/forms.ts';
import type { PageContext } from '../../platform/http/request-context.ts';
import type { FormState } from '../../platform/layout/forms.tsx';
import { sendPage, type Page } from '../../platform/layout/render.ts';

export type Outcome = { ok: true; notice: string } | { ok: false; errors: FieldErrors };

/**
 * One form page in the platform's pattern: GET shows it, POST checks it with zod and either
 * shows it again with errors (422, nothing changed) or acts and redirects with a notice.
 */
export function actionForm<T, S extends z.ZodType>(
  app: FastifyInstance,
  spec: {
    path: string;
    preHandler: preHandlerAsyncHookHandler;
    /** Finds the subject (question, referral) and checks the person may act on it; throws otherwise. */
    load(request: FastifyRequest): Promise<T>;
    /** Refuses (409) when the subject's state no longer allows the action. */
    check?(subject: T): void;
    defaults?(subject: T, request: FastifyRequest): FormValues | Promise<FormValues>;
    page(request: FastifyRequest, subject: T): Promise<(ctx: PageContext, form: FormState) => Page>;
    schema: S;
    submit(request: FastifyRequest, subject: T, data: z.output<S>): Promise<Outcome>;
    done(request: FastifyRequest, subject: T): string;
  },
): void {
  async function show(request: FastifyRequest, reply: FastifyReply, subject: T, form: FormState, status: number) {
    const page = await spec.page(request, subject);
    return sendPage(request, reply, (ctx) => page(ctx, form), status);
  }

  app.get(spec.path, { preHandler: spec.preHandler }, async (request, reply) => {
    const subject = await spec.load(request);
    spec.check?.(subject);
    return show(request, reply, subject, { values: (await spec.defaults?.(subject, request)) ?? {}, errors: {} }, 200);
  });

  app.post(spec.path, { preHandler: spec.preHandler }, async (request, reply) => {
    const subject = await spec.load(request);
    spec.check?.(subject);
    const form = parseForm(spec.schema, request.body);
    if (!form.ok) return show(request, reply, subject, form, 422);
    const outcome = await spec.submit(request, subject, form.data);
    if (!outcome.ok) return show(request, reply, subject, { values: form.values, errors: outcome.errors }, 422);
    return reply.redirect(`${spec.done(request, subject)}?melding=${outcome.notice}`, 303);
  });
}
