/**
 * docs/cli.md stays true: every column, header alias and value alias the reader accepts is
 * listed, in the English half and in the Indonesian half.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_COLUMNS, HEADER_ALIASES, SEX_ALIASES } from "../../src/cli/tabular.js";

const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
const at = doc.indexOf("## Bahasa Indonesia");
const halves = { en: doc.slice(0, at), id: doc.slice(at) };
const ticked = (text: string) =>
  new Set(
    [...text.replace(/```[\s\S]*?```/g, "").matchAll(/`([^`]+)`/g)].map((m) =>
      (m[1] as string).toLowerCase().replace(/\s+/g, ""),
    ),
  );

describe("docs/cli.md", () => {
  it("has an English and an Indonesian half", () => {
    expect(at).toBeGreaterThan(0);
  });

  for (const [lang, text] of Object.entries(halves)) {
    const words = ticked(text);
    const documents = text.match(/`<(kind|jenis)>_number`[^|]*\|[^|]*\|/)?.[0] ?? "";
    it(`${lang}: lists every column`, () => {
      for (const c of ALL_COLUMNS) {
        const doc = /^(.+)_(number|issuedOn|expiresOn)$/.exec(c);
        if (doc !== null && !c.startsWith("competency") && !c.startsWith("track")) {
          expect(documents, c).toContain(`\`${doc[1]}\``);
        } else expect(words.has(c.toLowerCase()), c).toBe(true);
      }
    });
    it(`${lang}: lists every header alias and every sex alias`, () => {
      for (const a of Object.keys(HEADER_ALIASES)) expect(words.has(a), a).toBe(true);
      for (const a of Object.keys(SEX_ALIASES)) expect(words.has(a), a).toBe(true);
    });
    it(`${lang}: lists every exit code and the problem codes of a row`, () => {
      for (const code of ["0", "1", "2"]) expect(text).toMatch(new RegExp(`\\n\\| ${code} \\|`));
      for (const p of [
        "MALFORMED_CSV",
        "MALFORMED_JSON",
        "RECORD_TOO_LONG",
        "EXTRA_CELLS",
        "DATE_DAY_FIRST",
        "NIK_SCIENTIFIC_NOTATION",
      ]) {
        expect(words.has(p.toLowerCase()), p).toBe(true);
      }
    });
  }
});
