export {
  type TrackProgress,
  type TrackProgressError,
  type TrackProgressOptions,
  trackProgress,
} from "./progress.js";
export { type RecommendTracksOptions, recommendTracks, type TrackRecommendation } from "./recommend.js";
