import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, type PageContext } from '../http/request-context.ts';
import { Layout } from './layout.tsx';

export interface Page {
  title: string;
  body: JSX.Element;
  hasErrors?: boolean;
  bare?: boolean;
  headLinks?: PageContext['headLinks'];
  /** Go to this page after so many seconds; only without JavaScript (a kiosk's script does it better). */
  refresh?: { seconds: number; url: string };
}

/** Draws a page in the shell and sends it; the view gets the page context to read words and user from. */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: (ctx: PageContext) => Page,
  status = 200,
): Promise<FastifyReply> {
  const ctx = await pageContext(request, reply);
  const { title, body, hasErrors, bare, headLinks, refresh } = page(ctx);
  if (headLinks) ctx.headLinks = headLinks;
  const html = Layout({ ctx, title, hasErrors: hasErrors ?? false, bare: bare ?? false, refresh, children: body });
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}
