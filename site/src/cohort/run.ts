/**
 * Runs a cohort job on the page (small text files) or in a Web Worker (files over
 * {@link WORKER_THRESHOLD} bytes, and xlsx workbooks, whose reader only the worker loads), with
 * progress, and cancels a run that a newer one replaces
 * (the worker is terminated).
 */
import {
  Cancelled,
  type CohortFailure,
  type CohortJob,
  type CohortProgress,
  type CohortResult,
  isXlsxName,
  runCohort,
} from "./process.ts";
import type { FromWorker, ToWorker } from "./worker.ts";

/** Files larger than this are read in a Web Worker. */
export const WORKER_THRESHOLD = 2 * 1024 * 1024;

export interface Run {
  readonly result: Promise<CohortResult>;
  readonly inWorker: boolean;
  cancel(): void;
}

export function startCohort(job: CohortJob, onProgress: (p: CohortProgress) => void, forceWorker = false): Run {
  const useWorker = forceWorker || job.file.size > WORKER_THRESHOLD || isXlsxName(job.file.name);
  if (!useWorker) {
    let cancelled = false;
    return {
      inWorker: false,
      result: runCohort(job, onProgress, () => cancelled, { yieldEvery: 250 }),
      cancel() {
        cancelled = true;
      },
    };
  }
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "sentra-vokasi-cohort" });
  let settle: { resolve(r: CohortResult): void; reject(e: unknown): void } | undefined;
  const result = new Promise<CohortResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === "progress") onProgress(m);
    else {
      worker.terminate();
      if (m.type === "done") settle?.resolve(m.result);
      else if (m.type === "failed") settle?.reject({ code: m.code, params: m.params } satisfies CohortFailure);
      else settle?.reject(new Error(m.message));
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle?.reject(new Error(e.message || "worker error"));
  };
  worker.postMessage({ type: "run", job } satisfies ToWorker);
  return {
    inWorker: true,
    result,
    cancel() {
      worker.terminate();
      settle?.reject(new Cancelled());
    },
  };
}
