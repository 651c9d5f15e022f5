/**
 * The `messages` of the built-in kinds: none of their own. Their messages live in the built-in
 * locales (`LOCALES.id`, `LOCALES.en`), which hold a message for every code of the library (a
 * code without one fails to compile) and which the formatters read first. Kept out of the kinds
 * so that an app that assesses but never formats ships no message text.
 */
export const BUILT_IN_MESSAGES: { readonly [tag: string]: never } = {};
