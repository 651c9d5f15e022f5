export { type CredentialError, type ImportedCredential, importOpenBadgeCredential } from "./open-badges.js";
