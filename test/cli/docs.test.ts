/**
 * docs/cli.md stays true: every column, header alias and value alias the reader accepts, and
 * every option of the commands that read a file, is listed, in the English half and in the
 * Indonesian half.
 */
import { readFileSync } from "node:fs";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
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

/** The options a command's `--help` lists (hidden ones are not listed). */
async function optionsOf(command: string): Promise<string[]> {
  let text = "";
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await run([command, "--help"], {
    stdin: new PassThrough(),
    stdout: out,
    stderr: out,
    today: () => "2026-12-01",
    now: () => 0,
  });
  return [...text.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1] as string).filter((o) => o !== "--help");
}

describe("docs/cli.md", () => {
  it("has an English and an Indonesian half", () => {
    expect(at).toBeGreaterThan(0);
  });

  it("names every option of assess, summary and report in both halves", async () => {
    for (const command of ["assess", "summary", "report"]) {
      const options = await optionsOf(command);
      expect(options).toContain("--workers");
      for (const text of Object.values(halves)) for (const o of options) expect(text, `${command} ${o}`).toContain(o);
    }
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
