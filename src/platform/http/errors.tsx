import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Layout } from '../layout/layout.tsx';
import { buildPageContext, type PageShellSources } from './request-context.ts';
import { HttpProblem } from './guards.ts';

const knownStatus = new Set([400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 500, 503]);

/** Maps what went wrong to the status a user should see; everything unknown is a 500. */
function statusOf(error: FastifyError | HttpProblem): number {
  if (error instanceof HttpProblem) return error.statusCode;
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') return 403;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 413;
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 415;
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return knownStatus.has(status) ? status : 400;
  return 500;
}

function messageCode(error: FastifyError | HttpProblem | null, status: number): string {
  if (error instanceof HttpProblem) return error.code;
  if (error?.code.startsWith('FST_CSRF') === true) return 'error.csrf';
  return `error.${knownStatus.has(status) ? status : 500}`;
}

function ErrorView({ title, body, home }: { title: string; body: string; home: { href: string; label: string } }) {
  return (
    <>
      <h1 class="utrecht-heading-1" safe>
        {title}
      </h1>
      <p class="utrecht-paragraph" safe>
        {body}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={home.href} safe>
          {home.label}
        </a>
      </p>
    </>
  );
}

async function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  shell: PageShellSources,
  status: number,
  error: FastifyError | HttpProblem | null,
): Promise<void> {
  const code = messageCode(error, status);
  const t = request.t;
  reply.code(status);
  if (request.url.startsWith('/api/')) {
    await reply.send({ error: { code, message: t(`${code}.title`), status } });
    return;
  }
  const ctx = await buildPageContext(request, reply, shell);
  const home = ctx.district ? `/${ctx.district.slug}` : '/';
  const page = Layout({
    ctx,
    title: t(`${code}.title`),
    children: ErrorView({ title: t(`${code}.title`), body: t(`${code}.body`), home: { href: home, label: t('error.home') } }),
  });
  await reply.type('text/html; charset=utf-8').send(page);
}

export function registerErrorHandlers(app: FastifyInstance, shell: PageShellSources): void {
  app.setNotFoundHandler(async (request, reply) => {
    await sendProblem(request, reply, shell, 404, null);
  });
  app.setErrorHandler(async (error: FastifyError | HttpProblem, request, reply) => {
    const status = statusOf(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ status, code: error.code }, 'request refused');
    try {
      await sendProblem(request, reply, shell, status, error);
    } catch (renderError) {
      request.log.error({ err: renderError }, 'error page failed');
      await reply.code(status).type('text/plain; charset=utf-8').send(request.t('error.500.title'));
    }
  });
}
