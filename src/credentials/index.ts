export {
  type CredentialError,
  type IgnoredAlignment,
  type ImportedCredential,
  type ImportOpenBadgeOptions,
  importOpenBadgeCredential,
} from "./open-badges.js";
