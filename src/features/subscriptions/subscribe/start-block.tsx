import type { StartSection } from '../../../platform/feature.ts';

/** "Blijf op de hoogte" on the start page and a buurt's page (with that buurt chosen); not on the kiosk. */
export const subscribeSection: StartSection = {
  slot: 'news',
  render({ ctx, district, buurt, where }) {
    if (where === 'kiosk') return Promise.resolve('');
    const href = `/${district.slug}/nieuwsbrief${buurt === null ? '' : `?buurt=${encodeURIComponent(buurt.id)}`}`;
    return Promise.resolve(
      <section class="wp-start-block" aria-labelledby="start-subscribe">
        <h2 class="utrecht-heading-2" id="start-subscribe" safe>
          {ctx.t('subscriptions.start.title')}
        </h2>
        <p class="utrecht-paragraph" safe>
          {ctx.t('subscriptions.start.text')}
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={href} safe>
            {ctx.t('subscriptions.start.link')}
          </a>
        </p>
      </section>,
    );
  },
};
