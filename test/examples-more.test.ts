import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { CalendarDate } from "sentra-vokasi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readinessCard } from "../examples/browser.js";
import { createReadinessServer } from "../examples/http-service.js";

const rows = JSON.parse(
  readFileSync(new URL("../examples/data/banten-cohort.json", import.meta.url), "utf8"),
) as Record<string, unknown>[];

describe("examples/http-service.ts", () => {
  const server = createReadinessServer(() => "2026-12-01");
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("answers readiness over JSON on a loopback port, without personal data", async () => {
    const res = await fetch(`${base}/readiness?target=JP-SSW-CAREGIVING&locale=en`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(rows[6]),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; asOf: string; explanation: string[] };
    expect(body.asOf).toBe("2026-12-01");
    expect(body.status).toBe("ready");
    expect(body.explanation[0]).toMatch(/^READY for JP-SSW-CAREGIVING/);
    const text = JSON.stringify(body);
    expect(text).not.toContain(String(rows[6]?.nik));
    expect(text).not.toContain(String(rows[6]?.fullName));
  });

  it("says what is wrong with bad requests", async () => {
    const post = (q: string, body: string) => fetch(`${base}/readiness?${q}`, { method: "POST", body });
    expect((await post("target=XX", "{}")).status).toBe(400);
    expect((await post("target=DE-NURSE&asOf=2026-02-30", "{}")).status).toBe(400);
    expect((await post("target=DE-NURSE", "{oops")).status).toBe(400);
    const invalid = await post("target=DE-NURSE", JSON.stringify(rows[20]));
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { issues: { code: string }[] }).issues[0]?.code).toBe("INVALID_NIK");
    expect((await fetch(`${base}/targets`)).status).toBe(200);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});

describe("examples/browser.ts", () => {
  it("imports no Node built-in", () => {
    const source = readFileSync(new URL("../examples/browser.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/from "node:|require\(/);
  });

  it("renders a readiness card or the field errors", () => {
    const card = readinessCard(rows[9], "JP-SSW-CAREGIVING", "2026-12-01" as CalendarDate, "id");
    expect(card.ok).toBe(true);
    expect(card.lines[0]).toMatch(/^BELUM SIAP/);
    const bad = readinessCard({ id: "x" }, "JP-SSW-CAREGIVING", "2026-12-01" as CalendarDate, "en");
    expect(bad).toEqual({ ok: false, lines: expect.arrayContaining(["nik: Required: this field must be filled in."]) });
  });
});
