/** The pact's public face: partners, steering group, meetings, wijkagenda, bottlenecks, Thuis in je Wijk, monitoring. */
export { pactFeature } from './pact.feature.ts';
/** What someone may do in a district's pact (the portal lets the steering group keep its chosen platforms). */
export { pactAccess } from './shared/access.rules.ts';
/** The programmes a district takes part in (the portal shows city-wide Thuis in je Wijk questions in its districts). */
export { programmesOfDistrict, PROGRAMMES_VERSION } from './programmes/programmes.repository.ts';
