export { CERTIFICATION_RULES, type CheckCertificationOptions, checkCertification } from "./check.js";
