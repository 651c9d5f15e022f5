/**
 * The CLI's CSV reader: RFC 4180 records, streamed, with the line each starts on, and a
 * malformed record costing that one record only.
 *
 * Why not a CSV library here: a general parser (csv-parse, which the tests use as the oracle
 * for every well-formed input) follows an unclosed quote to the end of the file, so one stray
 * `"` in a name swallows every row after it. Officers' files are typed by hand, so this reader
 * resynchronises: a quoted cell that runs over a line end is accepted only when the record it
 * makes has the header's number of cells and closes properly; otherwise the record's first line
 * is reported (`unclosed_quote`) and reading goes on at the next line. A quote inside an
 * unquoted cell is kept as text (as spreadsheets read it). A record longer than `maxChars` is
 * reported (`too_long`) and skipped to the end of its line without being held.
 */

/** One CSV record: the line it starts on (1-based, counting every line of the file) and its cells. */
export type CsvPiece =
  | { readonly line: number; readonly cells: string[] }
  | {
      readonly line: number;
      readonly error: "unclosed_quote" | "text_after_quote" | "too_long";
      /** The cells read before the problem, on the record's first line (to name its id). */
      readonly cells: string[];
    };

/** The delimiters the reader recognises. */
export type Delimiter = "," | ";" | "\t";

/**
 * The delimiter of a CSV file from its header line: the one of `,`, `;` and tab that occurs
 * most often outside quotes (`,` when none does, or on a tie).
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

enum State {
  FieldStart = 0,
  Unquoted = 1,
  Quoted = 2,
  AfterQuote = 3,
}

/**
 * Splits CSV text arriving in chunks into records. The first record is the header; its cell
 * count is what a record spanning several lines must have to be accepted. Blank lines are
 * skipped (their line numbers still count).
 */
export async function* splitCsv(
  chunks: AsyncIterable<string>,
  delimiter: Delimiter,
  maxChars: number,
): AsyncGenerator<CsvPiece> {
  const it = chunks[Symbol.asyncIterator]();
  const delim = delimiter.charCodeAt(0);
  let buf = "";
  let eof = false;
  let line = 1; // the line number of buf[0]
  let expected = -1; // the header's cell count, once read
  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const n = await it.next();
    if (n.done) {
      eof = true;
      return false;
    }
    buf += n.value;
    return true;
  };

  for (;;) {
    // One record from buf[0].
    let i = 0;
    let state = State.FieldStart;
    let fieldStart = 0;
    const cells: string[] = [];
    let firstNl = -1; // a line end inside quotes: the record spans lines from here
    let before = 0; // cells complete before firstNl
    let inner = 0; // line ends inside the record
    let malformed: "text_after_quote" | undefined;
    let end = -1; // index of the record's line end, or buf.length at the end of the input
    let tooLong = false;
    const cell = (to: number): string => {
      const s = buf.slice(fieldStart, to);
      return state === State.AfterQuote ? s.slice(1, -1).replaceAll('""', '"') : s;
    };
    while (end < 0) {
      if (i >= buf.length) {
        if (await more()) continue;
        end = buf.length;
        break;
      }
      if (i > maxChars) {
        tooLong = true;
        break;
      }
      const ch = buf.charCodeAt(i);
      switch (state) {
        case State.FieldStart:
          fieldStart = i;
          if (ch === QUOTE) state = State.Quoted;
          else if (ch === delim) cells.push("");
          else if (ch === LF) end = i;
          else state = State.Unquoted;
          break;
        case State.Unquoted:
          if (ch === delim) {
            cells.push(buf.slice(fieldStart, i));
            state = State.FieldStart;
          } else if (ch === LF) end = i;
          break;
        case State.Quoted:
          if (ch === QUOTE) state = State.AfterQuote;
          else if (ch === LF) {
            if (firstNl < 0) {
              firstNl = i;
              before = cells.length;
            }
            inner++;
          }
          break;
        case State.AfterQuote:
          if (ch === QUOTE) state = State.Quoted;
          else if (ch === delim) {
            cells.push(cell(i));
            state = State.FieldStart;
          } else if (ch === LF) end = i;
          else if (ch !== CR) malformed = "text_after_quote";
          break;
      }
      if (malformed !== undefined) break;
      if (end < 0) i++;
    }

    if (tooLong && !(state === State.Quoted && firstNl >= 0)) {
      // Report it and skip to the end of its line without holding it.
      let j = i;
      for (;;) {
        if (j >= buf.length) {
          buf = "";
          j = 0;
          if (!(await more())) break;
          continue;
        }
        if (buf.charCodeAt(j++) === LF) break;
      }
      buf = buf.slice(j);
      yield { line, error: "too_long", cells };
      line += inner + 1;
      if (buf === "" && (eof || !(await more()))) return;
      continue;
    }

    const atEof = end === buf.length && eof;
    const unclosed = (tooLong || atEof) && state === State.Quoted;
    const spansLines = firstNl >= 0;
    if (spansLines && (unclosed || malformed !== undefined || tooLong)) {
      // A quote opened on this line never closed properly: report the line, read on after it.
      yield { line, error: "unclosed_quote", cells: cells.slice(0, before) };
      buf = buf.slice(firstNl + 1);
      line++;
      continue;
    }
    if (malformed !== undefined || unclosed) {
      // Skip to the end of this line.
      let j = i;
      for (;;) {
        if (j >= buf.length) {
          if (!(await more())) break;
          continue;
        }
        if (buf.charCodeAt(j) === LF) break;
        j++;
      }
      yield { line, error: malformed ?? "unclosed_quote", cells };
      buf = buf.slice(j + 1);
      line++;
      if (buf === "" && (eof || !(await more()))) return;
      continue;
    }
    // A complete record: its last cell.
    let last = end;
    while (last > fieldStart && buf.charCodeAt(last - 1) === CR) last--;
    cells.push(state === State.FieldStart ? "" : cell(last));
    if (spansLines && expected >= 0 && cells.length !== expected) {
      yield { line, error: "unclosed_quote", cells: cells.slice(0, before) };
      buf = buf.slice(firstNl + 1);
      line++;
      continue;
    }
    const startLine = line;
    line += 1 + inner;
    const blank = cells.every((c) => c.trim() === "");
    buf = buf.slice(end + 1);
    if (!blank) {
      if (expected < 0) expected = cells.length;
      yield { line: startLine, cells };
    }
    if (buf === "" && (eof || !(await more()))) return;
  }
}
