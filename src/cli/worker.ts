/**
 * A worker thread of the CLI (built as `cli-worker.js` beside `cli.js`): assesses batches of
 * records with the job it was started with. The cross-record checks (a NIK or id seen on an
 * earlier record) need every record in order, so they are left to the main thread: each done
 * record carries its NIK and id back.
 */
import Tinypool from "tinypool";
import { requirementKind } from "../requirements/registry.js";
import { type BatchOut, batchOut, createBatchAssessor, fromWire, type Job, type WireRecord } from "./batch.js";

const job = Tinypool.workerData as Job;
const batches = createBatchAssessor(job);

/** A caller's requirement kind, registered in the main thread only: every record is done there. */
const foreign = job.kinds.some((id) => requirementKind(id) === undefined);

/** Assesses a batch of records, in order. */
export default function assessBatch(batch: readonly WireRecord[]): BatchOut {
  if (foreign) {
    const out = batchOut(batch.length, job);
    for (let i = 0; i < batch.length; i++) out.redo();
    return out.result();
  }
  const out = batches.assess(batch.map((rec) => fromWire(rec, batches.missing)));
  // The output bytes are moved to the main thread, not copied.
  const moved = { [Tinypool.transferableSymbol]: [out.bytes.buffer], [Tinypool.valueSymbol]: out };
  return Tinypool.move(moved as never) as never;
}
