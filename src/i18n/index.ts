export type { Locale, ParamsOf, ReasonCatalogue, ReasonCode, ReasonParams } from "./codes.js";
export { EN_MESSAGES } from "./en.js";
export { formatReason, isReasonCode, REASON_CODES } from "./format.js";
export { ID_MESSAGES } from "./id.js";
