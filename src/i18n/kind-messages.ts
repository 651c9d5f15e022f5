/**
 * The messages of caller-defined requirement kinds, by locale tag: filled by
 * `registerRequirementKind`, read by the formatters. A module of its own that imports nothing,
 * so that the registry (which every assessment imports) does not pull the built-in locales
 * into an app that never formats a message. Internal.
 */
import type { Locale } from "./locale.js";

type Render = (p: Readonly<Record<string, string | number | boolean>>, l: Locale) => string;

/** Messages of caller-defined requirement kinds, by locale tag. */
const KIND_MESSAGES = new Map<string, { reasons: Map<string, Render>; actions: Map<string, Render> }>();

/**
 * Adds the messages of a requirement kind, per locale tag. Internal: called when a kind is
 * registered. A code already present keeps its first message.
 */
export function addKindMessages(
  messages: Readonly<
    Record<
      string,
      { readonly reasons?: Readonly<Record<string, unknown>>; readonly actions?: Readonly<Record<string, unknown>> }
    >
  >,
): void {
  for (const [tag, m] of Object.entries(messages ?? {})) {
    let entry = KIND_MESSAGES.get(tag);
    if (entry === undefined) {
      entry = { reasons: new Map(), actions: new Map() };
      KIND_MESSAGES.set(tag, entry);
    }
    for (const [code, f] of Object.entries(m?.reasons ?? {})) {
      if (typeof f === "function" && !entry.reasons.has(code)) entry.reasons.set(code, f as Render);
    }
    for (const [code, f] of Object.entries(m?.actions ?? {})) {
      if (typeof f === "function" && !entry.actions.has(code)) entry.actions.set(code, f as Render);
    }
  }
}

/** The message a registered kind gives `code` in the locale tagged `tag`, if any. */
export function kindMessage(tag: string, part: "reasons" | "actions", code: string): Render | undefined {
  return KIND_MESSAGES.get(tag)?.[part].get(code);
}
