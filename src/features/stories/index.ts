/** News and stories (Oost voor Elkaar): the feature, and what the district's start page shows of it. */
export { storiesFeature } from './stories.feature.ts';
/** @public For the district's start page (issue 11.1), wired by the start page's hook. */
export { latestStories, LatestStories } from './story/start-block.tsx';
