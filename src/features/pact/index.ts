/** The pact's public face: partners, steering group, meetings, wijkagenda, bottlenecks, Thuis in je Wijk, monitoring. */
export { pactFeature } from './pact.feature.ts';
