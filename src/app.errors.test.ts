import { expect, it } from 'vitest';
import { features } from './features/index.ts';
import type { Feature } from './platform/feature.ts';
import { describeEachEngine } from './testing/test-app.ts';

/** A feature that breaks, to see what a user sees when we make a mistake. */
const broken: Feature = {
  name: 'broken',
  messages: { nl: {}, en: {} },
  routes(app) {
    app.get('/stuk', () => {
      throw new Error('secret internal detail');
    });
  },
};

describeEachEngine(
  'an unexpected error',
  (t) => {
    it('shows a plain Dutch 500 page without internals', async () => {
      const response = await t().app.inject('/stuk');
      expect(response.statusCode).toBe(500);
      expect(response.body).toContain('Er ging iets mis bij ons');
      expect(response.body).not.toContain('secret internal detail');
    });

    it('answers API callers with JSON', async () => {
      const response = await t().app.inject({ url: '/api/v1/nope', headers: { accept: 'application/json' } });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'error.404', status: 404 } });
    });
  },
  { features: [...features, broken] },
);
