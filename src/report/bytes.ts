/**
 * What the first bytes of an input say about it, shared by the CLI (`src/cli/input.ts`) and the
 * web page (`site/src/cohort/process.ts`), so that both tell a workbook, an old `.xls`, a binary
 * file and text apart alike. Pure: bytes in, answers out.
 */

/** A zip file's first bytes (an xlsx workbook is a zip). */
export const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
/** An OLE compound file's first bytes (an old `.xls` workbook). */
export const OLE = [0xd0, 0xcf, 0x11, 0xe0] as const;

/** True when `b` starts with `bytes`. */
export const startsWith = (b: Uint8Array, bytes: readonly number[]): boolean => bytes.every((x, i) => b[i] === x);

/**
 * True when the first bytes of an input are not text: a NUL among the first 8000 (git's test),
 * or more than 1 % control characters other than tab, line ends, form feed and escape.
 */
export function isBinary(head: Uint8Array): boolean {
  if (head.subarray(0, 8000).includes(0)) return true;
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  return control > head.length / 100;
}

/** True when `b` is valid UTF-8 apart from a sequence cut at its end. */
export function isUtf8(b: Uint8Array): boolean {
  let end = b.length;
  // Drop an incomplete sequence at the end (at most 3 bytes).
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = b[end - k] as number;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      if (k < need) end -= k;
      break;
    }
    if (c < 0x80) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The extension of a file name, lower case, without its dot ("" when it has none). */
export function extension(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m === null ? "" : (m[1] as string).toLowerCase();
}
