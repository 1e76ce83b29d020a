export * from './parseReport';
export * from './reportMetadata';
export * from './renderRecommendations';
export { textKey, wordSimilarity } from './textSimilarity';
export * from './FollowUpReport';
export { parseFollowUpReport } from './parseFollowUpReport';
