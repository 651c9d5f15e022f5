export { getTarget, getTrack, listSkillTests, listStandards, listTargets, listTracks } from "./lookup.js";
export type {
  CompetencyStandard,
  CompetencyUnit,
  SkillTest,
  SourcedFigure,
  TargetId,
  TargetProfile,
  TrainingTrack,
} from "./types.js";
