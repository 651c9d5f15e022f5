import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Source without block comments and whole-line comments, so that prose is not scanned. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** Regular-expression literals of a source file (after `=`, `(`, `,`, `:`, `?`, `&`, `|`, `!`, `return`). */
const LITERAL = /(?:[=(,:?&|!]|\breturn)\s*\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuy]*)/g;

describe("regular expressions in src/", () => {
  const found = files(src).flatMap((f) =>
    [...withoutComments(readFileSync(f, "utf8")).matchAll(LITERAL)].map((m) => ({
      file: f.slice(src.length),
      source: m[1] as string,
      flags: m[2] as string,
    })),
  );

  it("are found (the scan is not empty) and none is built at run time from a string", () => {
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const f of files(src)) expect(readFileSync(f, "utf8")).not.toMatch(/new RegExp\(/);
  });

  it("are all linear: recheck finds no ReDoS", () => {
    for (const r of found) {
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ""), { backend: "pure", timeout: 10_000 } as never);
      expect(result.status, `${r.file}: /${r.source}/${r.flags}`).toBe("safe");
    }
  }, 120_000);
});
