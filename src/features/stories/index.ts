/** News and stories (Oost voor Elkaar): the feature, and what the district's start page shows of it. */
export { storiesFeature } from './stories.feature.ts';
export { publishedStories } from './story/published.repository.ts';
