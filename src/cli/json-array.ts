/**
 * Splits a JSON array arriving in chunks into the text of its top-level elements, without
 * holding more than one element: a small state machine over strings, escapes and nesting.
 * A truncated or malformed array ends with an `error` item; elements are parsed by the caller.
 */
export type ArrayPiece = { readonly text: string } | { readonly error: string };

export async function* splitJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<ArrayPiece> {
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = "";
  let trailing = "";
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ended) {
        if (ch > 32) trailing += chunk[i];
        continue;
      }
      if (!started) {
        if (ch <= 32 || ch === 0xfeff) continue;
        if (ch !== 91 /* [ */) {
          yield { error: "the input does not start with '['" };
          return;
        }
        started = true;
        from = i + 1;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === 92 /* \ */) escaped = true;
        else if (ch === 34 /* " */) inString = false;
        continue;
      }
      if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) depth++;
      else if (ch === 125 || ch === 93) {
        if (depth === 0 && ch === 93) {
          current += chunk.slice(from, i);
          if (current.trim() !== "") yield { text: current };
          current = "";
          ended = true;
          continue;
        }
        depth--;
      } else if (ch === 44 /* , */ && depth === 0) {
        current += chunk.slice(from, i);
        yield { text: current };
        current = "";
        from = i + 1;
      }
    }
    if (started && !ended) current += chunk.slice(from);
  }
  if (!started) return; // an empty input: no records
  if (!ended) {
    yield { error: current.trim() === "" ? "the array is not closed" : "the input ends inside a record" };
  } else if (trailing !== "") {
    yield { error: "there is text after the closing ']'" };
  }
}
