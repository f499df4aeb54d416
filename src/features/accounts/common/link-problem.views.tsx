import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageContext } from '../../../platform/http/request-context.ts';
import { sendPage, type Page } from '../../../platform/layout/render.ts';
import { PageHeading, Paragraph } from '../../../platform/layout/text.tsx';
import type { LinkState } from './links.rules.ts';

type Problem = Exclude<LinkState, 'valid'>;
type LinkKind = 'reset' | 'invitation' | 'unlock';

function linkProblemPage(ctx: PageContext, state: Problem, kind: LinkKind): Page {
  const title = ctx.t(`accounts.link.${state}.title`);
  return {
    title,
    body: (
      <>
        <PageHeading text={title} />
        <Paragraph text={ctx.t(`accounts.link.${state}.${kind}`)} />
        {kind !== 'invitation' ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/wachtwoord-vergeten" safe>
              {ctx.t('accounts.link.newReset')}
            </a>
          </p>
        ) : (
          ''
        )}
      </>
    ),
  };
}

/** A link that does not work: 404 when it never existed, 410 when it was used or expired. */
export function sendLinkProblem(request: FastifyRequest, reply: FastifyReply, state: Problem, kind: LinkKind) {
  return sendPage(request, reply, (ctx) => linkProblemPage(ctx, state, kind), state === 'unknown' ? 404 : 410);
}
