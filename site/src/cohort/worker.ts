/**
 * The Web Worker that reads large cohort files (over 2 MB) and every xlsx workbook off the
 * page's thread, so that the page stays responsive and shows progress; it alone loads exceljs. It receives the File itself (never its bytes over
 * the network: a File is passed between threads of the same page) and posts progress, then the
 * result or the reason the file cannot be read.
 */
import { type CohortJob, isFailure, runCohort } from "./process.ts";
import { readXlsxRows } from "./xlsx.ts";

export type ToWorker = { readonly type: "run"; readonly job: CohortJob };
export type FromWorker =
  | { readonly type: "progress"; readonly bytes: number; readonly size: number; readonly records: number }
  | { readonly type: "done"; readonly result: Awaited<ReturnType<typeof runCohort>> }
  | { readonly type: "failed"; readonly code: string; readonly params: Readonly<Record<string, string | number>> }
  | { readonly type: "error"; readonly message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

scope.onmessage = (e) => {
  if (e.data?.type !== "run") return;
  runCohort(
    e.data.job,
    (p) => scope.postMessage({ type: "progress", ...p }),
    () => false,
    { xlsx: readXlsxRows },
  ).then(
    (result) => scope.postMessage({ type: "done", result }),
    (err: unknown) => {
      if (isFailure(err)) scope.postMessage({ type: "failed", code: err.code, params: err.params });
      else scope.postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) });
    },
  );
};
