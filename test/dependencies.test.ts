import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

describe("runtime dependencies", () => {
  it("are few, pinned, and run no install scripts", () => {
    const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
    expect(names.sort()).toEqual(["commander", "exceljs", "neverthrow", "tinypool", "vega", "zod"]);
    for (const v of Object.values(pkg.dependencies)) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    for (const name of names) {
      const dep = JSON.parse(
        readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8"),
      ) as {
        scripts?: Record<string, string>;
      };
      for (const hook of ["preinstall", "install", "postinstall"])
        expect(dep.scripts?.[hook], `${name} ${hook}`).toBeUndefined();
    }
  });
});
