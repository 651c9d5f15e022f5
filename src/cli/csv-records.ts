/**
 * Caps the length of CSV records before the CSV parser sees them. csv-parse holds a record
 * whole and stops at its own size limit; this pass finds record ends itself (a newline outside
 * quotes: a doubled quote inside a quoted field toggles twice, so a toggle per quote is
 * enough), passes records of at most `maxChars` characters on unchanged, and replaces a longer
 * one with a one-field row, {@link TOO_LONG_ROW}, without holding it. Records the parser
 * rejects for other reasons are still its to report.
 */

/** The row that stands for a record too long to hold. */
export const TOO_LONG_ROW = "\u0000sentra-vokasi:record-too-long";

/** Output is passed on in pieces of about this many characters. */
const PIECE = 1 << 16;

export async function* capCsvRecords(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<string> {
  let inQuotes = false;
  let current = "";
  let oversized = false;
  let previous = 0; // the character before the current one, across chunks
  let out = "";
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (ch === 34 /* " */) inQuotes = !inQuotes;
      else if (ch === 10 /* \n */ && !inQuotes) {
        // The record's length is what comes before its newline. A replacement keeps the
        // record's line end (CRLF or LF), which the parser has learnt from the first line.
        out +=
          oversized || current.length + (i - from) > maxChars
            ? `${TOO_LONG_ROW}${previous === 13 ? "\r\n" : "\n"}`
            : current + chunk.slice(from, i + 1);
        oversized = false;
        current = "";
        from = i + 1;
      }
      previous = ch;
    }
    if (!oversized) {
      current += chunk.slice(from);
      if (current.length > maxChars) {
        oversized = true;
        current = "";
      }
    }
    if (out.length >= PIECE) {
      yield out;
      out = "";
    }
  }
  out += oversized || current.length > maxChars ? TOO_LONG_ROW : current;
  if (out !== "") yield out;
}
