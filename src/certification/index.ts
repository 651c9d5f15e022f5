export { type CheckCertificationOptions, checkCertification } from "./check.js";
