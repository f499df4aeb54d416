import { expect, it } from 'vitest';
import { features } from './features/index.ts';
import type { Feature, StartSectionInput } from './platform/feature.ts';
import { describeEachEngine } from './testing/test-app.ts';

const seen: Pick<StartSectionInput, 'where' | 'buurt'>[] = [];

/** A feature as the activities and stories features plug in: one block per slot. */
const slotted: Feature = {
  name: 'slotted',
  messages: { nl: {}, en: {} },
  startSections: [
    {
      slot: 'whatsOn',
      render: ({ where, buurt }) => {
        seen.push({ where, buurt });
        return Promise.resolve(`<p class="utrecht-paragraph">Vandaag: ${where}${buurt ? ` in ${buurt.name}` : ''}</p>`);
      },
    },
    { slot: 'news', render: ({ where }) => Promise.resolve(where === 'start' ? '<p class="utrecht-paragraph">Nieuws</p>' : '') },
  ],
};

describeEachEngine(
  'the start page’s slots (StartSection)',
  (t) => {
    it('draws each feature’s section in its slot on the start page, the buurt page and the kiosk', async () => {
      const start = (await t().client().get('/oost')).body;
      // Each slot holds every feature's section, in feature order: the real ones first, then this one.
      const slot = (html: string, name: string) => html.split(`data-slot="${name}">`)[1]?.split('<div class="wp-start-slot"')[0] ?? '';
      expect(slot(start, 'whatsOn')).toContain('Vandaag: start</p>');
      expect(slot(start, 'news')).toContain('<p class="utrecht-paragraph">Nieuws</p>');
      const buurt = (await t().client().get('/oost/buurten/sterrenwijk')).body;
      expect(buurt).toContain('Vandaag: buurt in Sterrenwijk');
      expect(buurt).not.toContain('<p class="utrecht-paragraph">Nieuws</p>');
      expect(slot((await t().client().get('/oost/kiosk')).body, 'whatsOn')).toContain('Vandaag: kiosk</p>');
      expect(seen.map((s) => s.where)).toEqual(expect.arrayContaining(['start', 'buurt', 'kiosk']));
    });
  },
  { features: [...features, slotted] },
);
