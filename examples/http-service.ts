/**
 * A small HTTP service that exposes readiness over JSON, with Node's own `http` module.
 *
 *   npx tsx examples/http-service.ts            # listens on 127.0.0.1:8787
 *   curl -s -X POST 'http://127.0.0.1:8787/readiness?target=JP-SSW-CAREGIVING&asOf=2026-12-01' \
 *        -H 'content-type: application/json' -d @candidate.json
 *
 * Routes: GET /targets, POST /readiness?target=…&gate=…&asOf=…&locale=… (body: one candidate).
 * Bad input is a 400 with the library's issues; personal data never leaves in a response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { assessReadiness, calendarDate, explainReadiness, getTarget, listTargets, parseCandidate } from "sentra-vokasi";

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Handles one request; `today` gives the default `asOf` (the service's clock, not the library's). */
export async function handle(req: IncomingMessage, res: ServerResponse, today: () => string): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/targets") return send(res, 200, listTargets());
  if (req.method !== "POST" || url.pathname !== "/readiness") return send(res, 404, { error: "NOT_FOUND" });

  const target = url.searchParams.get("target") ?? "";
  if (getTarget(target) === undefined) return send(res, 400, { error: "UNKNOWN_TARGET", target });
  const asOf = calendarDate(url.searchParams.get("asOf") ?? today());
  if (asOf.isErr()) return send(res, 400, { error: "INVALID_DATE", field: "asOf" });
  const gate = url.searchParams.get("gate") === "departure" ? "departure" : "placement";
  const locale = url.searchParams.get("locale") === "en" ? "en" : "id";

  const text = await readBody(req);
  if (text === undefined) return send(res, 413, { error: "BODY_TOO_LARGE" });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return send(res, 400, { error: "MALFORMED_JSON" });
  }
  const candidate = parseCandidate(json);
  if (candidate.isErr()) return send(res, 400, candidate.error);
  const readiness = assessReadiness(candidate.value, { asOf: asOf.value, target, gate });
  return send(res, 200, { ...readiness, explanation: explainReadiness(readiness, locale) });
}

/** The service, not yet listening. */
export function createReadinessServer(today: () => string): Server {
  return createServer((req, res) => {
    handle(req, res, today).catch(() => send(res, 500, { error: "INTERNAL" }));
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  createReadinessServer(today).listen(8787, "127.0.0.1", () => {
    process.stdout.write("sentra-vokasi readiness service on http://127.0.0.1:8787\n");
  });
}
