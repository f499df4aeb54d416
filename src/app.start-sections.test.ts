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
      expect(start).toContain('<div class="wp-start-slot" data-slot="whatsOn"><p class="utrecht-paragraph">Vandaag: start</p></div>');
      expect(start).toContain('<div class="wp-start-slot" data-slot="news"><p class="utrecht-paragraph">Nieuws</p></div>');
      const buurt = (await t().client().get('/oost/buurten/sterrenwijk')).body;
      expect(buurt).toContain('Vandaag: buurt in Sterrenwijk');
      expect(buurt).not.toContain('Nieuws</p>');
      expect((await t().client().get('/oost/kiosk')).body).toContain('data-slot="whatsOn"><p class="utrecht-paragraph">Vandaag: kiosk</p>');
      expect(seen.map((s) => s.where)).toEqual(expect.arrayContaining(['start', 'buurt', 'kiosk']));
    });
  },
  { features: [...features, slotted] },
);
