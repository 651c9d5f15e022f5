import { LOCALES } from "../i18n/format.js";

/**
 * The messages of the built-in kinds: the built-in locale objects, which hold every message of
 * the library's codes (a code without a message there fails to compile).
 */
export const BUILT_IN_MESSAGES = { id: LOCALES.id, en: LOCALES.en } as const;
