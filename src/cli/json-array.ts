/**
 * Splits a JSON array arriving in chunks into the text of its top-level elements, without
 * holding more than one element: a small state machine over strings, escapes and nesting.
 * A truncated or malformed array ends with an `error` item; elements are parsed by the caller.
 * An element whose text (between its separators, whitespace included) is longer than
 * `maxChars` comes as `{ tooLong: true }`, whatever the chunking, and is not held once it
 * passes the limit; the elements after it still come. Each piece carries the line (1-based)
 * its element starts on.
 */
export type ArrayPiece =
  | { readonly text: string; readonly line: number }
  | { readonly tooLong: true; readonly line: number }
  | { readonly error: string; readonly line: number };

export async function* splitJsonArray(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<ArrayPiece> {
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = "";
  let oversized = false;
  let trailing = "";
  let line = 1;
  let elementLine = 0; // the line of the current element's first character; 0 before it
  /** The element that just ended: its text, or the fact that it was too long to hold. */
  const element = (text: string): ArrayPiece => {
    const at = elementLine === 0 ? line : elementLine;
    elementLine = 0;
    return oversized || text.length > maxChars ? { tooLong: true, line: at } : { text, line: at };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 10) line++;
      else if (elementLine === 0 && started && !ended && ch > 32 && ch !== 44) elementLine = line;
      if (ended) {
        if (ch > 32) trailing += chunk[i];
        continue;
      }
      if (!started) {
        if (ch <= 32 || ch === 0xfeff) continue;
        if (ch !== 91 /* [ */) {
          yield { error: "the input does not start with '['", line };
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
          if (oversized || current.trim() !== "") yield element(current);
          current = "";
          oversized = false;
          ended = true;
          continue;
        }
        depth--;
      } else if (ch === 44 /* , */ && depth === 0) {
        current += chunk.slice(from, i);
        yield element(current);
        current = "";
        oversized = false;
        from = i + 1;
      }
    }
    if (started && !ended && !oversized) {
      current += chunk.slice(from);
      // Checked once a chunk: an element is dropped within one chunk of passing the limit.
      if (current.length > maxChars) {
        oversized = true;
        current = "";
      }
    }
  }
  if (!started) return; // an empty input: no records
  if (!ended) {
    yield {
      error: oversized || current.trim() !== "" ? "the input ends inside a record" : "the array is not closed",
      line: elementLine === 0 ? line : elementLine,
    };
  } else if (trailing !== "") {
    yield { error: "there is text after the closing ']'", line };
  }
}
