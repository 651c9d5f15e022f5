/**
 * sentra-vokasi: rules as code for Indonesia's migrant-worker vocational pipeline.
 *
 * Candidates, eligibility, competency, certification and placement readiness as pure,
 * deterministic, explainable functions. Every evaluation takes an explicit `asOf` date.
 * Extension points (requirement kinds, verdict builders, the date toolkit, code tables) are in
 * the `sentra-vokasi/extend` subpath.
 *
 * @packageDocumentation
 */
export * from "./candidate/index.js";
export * from "./catalog/index.js";
export * from "./certification/index.js";
export * from "./competency/index.js";
export * from "./core/index.js";
export * from "./credentials/index.js";
export * from "./eligibility/index.js";
export * from "./i18n/index.js";
export * from "./language/index.js";
export * from "./pathway/index.js";
export * from "./policy/index.js";
export * from "./readiness/index.js";
export * from "./requirements/index.js";
export * from "./training/index.js";
