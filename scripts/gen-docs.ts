/**
 * Generates the reference tables in docs/ from the code itself, so that they cannot drift:
 * docs/policy.md (every parameter of DEFAULT_POLICY with its versions and sources) and
 * docs/reason-codes.md (every reason code, rendered in Bahasa Indonesia and English).
 *
 *   npx tsx scripts/gen-docs.ts          # rewrite the files
 *   (the test suite fails when the committed files differ from what this produces)
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REASON_DOCS } from "../src/i18n/docs.js";
import { DEFAULT_POLICY, EN_MESSAGES, ID_MESSAGES, REASON_CODES, type ReasonCode } from "../src/index.js";

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

export function policyMarkdown(): string {
  const lines = [
    "# DEFAULT_POLICY: parameters and their legal sources",
    "",
    "Generated from `DEFAULT_POLICY` by `scripts/gen-docs.ts`; do not edit by hand.",
    "Source ids refer to section 9 of the project's domain reference (`DOMAIN.md`).",
    "A version's `until` is its last day in force; a version listed later wins on the days it covers.",
    "",
  ];
  for (const [name, p] of Object.entries(DEFAULT_POLICY.parameters)) {
    lines.push(`## \`${name}\``, "", `${p.description.en} — *${p.description.id}*`, "");
    lines.push("| From | Until | Value | Basis | Confirmed | Sources |", "|---|---|---|---|---|---|");
    for (const v of p.versions) {
      const c = DEFAULT_POLICY.citations[v.basis];
      lines.push(
        `| ${v.from} | ${v.until ?? "—"} | \`${JSON.stringify(v.value)}\` | ${cell(v.basis)} | ${v.confirmed ? "yes" : "**no**"} | ${(c?.sources ?? []).join(", ")} ${c?.section ?? ""} |`,
      );
    }
    lines.push("");
  }
  lines.push("## Citations", "");
  for (const [id, c] of Object.entries(DEFAULT_POLICY.citations)) {
    lines.push(
      `- **${id}**: ${c.instrument}. Sources ${c.sources.join(", ")} (${c.section ?? "—"}).${c.note ? ` ${c.note}` : ""}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function reasonCodesMarkdown(): string {
  const lines = [
    "# Reason codes",
    "",
    "Generated from the message catalogues by `scripts/gen-docs.ts`; do not edit by hand.",
    "Codes are stable. Messages are rendered from the code and its params by `formatReason`.",
    "",
    "| Code | Params | Meaning | Example (id) | Example (en) |",
    "|---|---|---|---|---|",
  ];
  for (const code of REASON_CODES) {
    const doc = REASON_DOCS[code as ReasonCode];
    const render = (m: typeof EN_MESSAGES) => (m[code] as (p: object) => string)(doc.example);
    lines.push(
      `| \`${code}\` | ${
        Object.keys(doc.example)
          .map((k) => `\`${k}\``)
          .join(", ") || "—"
      } | ${cell(doc.meaning)} | ${cell(render(ID_MESSAGES))} | ${cell(render(EN_MESSAGES))} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL("../docs/policy.md", import.meta.url), policyMarkdown());
  writeFileSync(new URL("../docs/reason-codes.md", import.meta.url), reasonCodesMarkdown());
  process.stdout.write("wrote docs/policy.md and docs/reason-codes.md\n");
}
