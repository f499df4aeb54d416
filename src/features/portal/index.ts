/** The portal's public face: each district's start page. */
export { portalFeature } from './portal.feature.ts';
