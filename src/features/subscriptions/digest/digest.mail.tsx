import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { DigestContent } from './digest.rules.ts';

/** The kind of mail the digest is, for its one-click unsubscribe link. */
export const DIGEST_LIST = 'digest';

export interface DigestMailInput {
  t: Translate;
  lang: string;
  district: string;
  /** The buurt's name, or the district's for the whole district. */
  area: string;
  /** Absolute address of the district's pages (`https://…/oost`). */
  base: string;
  unsubscribe: string;
  content: DigestContent;
}

interface Line {
  title: string;
  detail: string;
  href: string;
}

function sections(input: DigestMailInput): { heading: string; lines: Line[] }[] {
  const { t, content, base } = input;
  const when = new Intl.DateTimeFormat(input.lang === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  return [
    {
      heading: t('subscriptions.digest.activities'),
      lines: content.activities.map((a) => ({
        title: a.title,
        detail:
          a.moreDates === 0
            ? when.format(new Date(a.startsAt))
            : t('subscriptions.digest.more', { when: when.format(new Date(a.startsAt)), count: a.moreDates }),
        href: `${base}/activiteiten/${a.id}`,
      })),
    },
    {
      heading: t('subscriptions.digest.stories'),
      lines: content.stories.map((s) => ({ title: s.title, detail: s.summary, href: `${base}/verhalen/${s.id}` })),
    },
    {
      heading: t('subscriptions.digest.offers'),
      lines: content.offers.map((o) => ({ title: o.name, detail: o.summary, href: `${base}/gids/aanbod/${o.id}` })),
    },
  ].filter((s) => s.lines.length > 0);
}

/** Plain text (what every mail client shows) and the same in simple HTML, with the way out in both. */
export function digestMail(input: DigestMailInput): { subject: string; text: string; html: string } {
  const { t } = input;
  const parts = sections(input);
  const intro = t('subscriptions.digest.intro', { area: input.area });
  const footer = t('subscriptions.digest.footer', { district: input.district });
  const text = [
    intro,
    ...parts.map((s) =>
      [s.heading, ...s.lines.map((l) => `- ${l.title}\n  ${l.detail === '' ? '' : `${l.detail}\n  `}${l.href}`)].join('\n\n'),
    ),
    `${footer}\n${t('subscriptions.digest.unsubscribe')}: ${input.unsubscribe}`,
  ].join('\n\n');
  const subject = t('subscriptions.digest.subject', { area: input.area });
  const html =
    '<!DOCTYPE html>' +
    ((
      <html lang={input.lang}>
        <head>
          <meta charset="utf-8" />
          <title safe>{subject}</title>
        </head>
        <body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em">
          <p safe>{intro}</p>
          {parts.map((s) => (
            <>
              <h2 safe>{s.heading}</h2>
              <ul>
                {s.lines.map((l) => (
                  <li>
                    <a href={l.href} safe>
                      {l.title}
                    </a>
                    <br />
                    <span safe>{l.detail}</span>
                  </li>
                ))}
              </ul>
            </>
          ))}
          <p safe>{footer}</p>
          <p>
            <a href={input.unsubscribe} safe>
              {t('subscriptions.digest.unsubscribe')}
            </a>
          </p>
        </body>
      </html>
    ) as string);
  return { subject, text, html };
}
