// A worker thread of a batch: renders the meetings it is sent in memory and sends the bytes back
// (transferred, not copied). It writes no file: the main thread decides what may be overwritten.
// `minutes watch` also keeps one warm, and asks it for one format of a document this thread has
// built (the PDF, while this thread writes the DOCX), telling it before each round what changed.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import { renderMeetingInMemory, writeHere, type MadeOutput, type RenderOptions } from '../pipeline/render-file.js';
import { changesOf, session, type WatchChanges } from '../session.js';
import type { Format, WriterOptions } from '../writers/index.js';

export type WorkerJob =
  | { id: number; file: string; options: RenderOptions }
  /** One format of a document built in the main thread. */
  | { id: number; write: Format; document: Document; options: WriterOptions }
  /** The session reset of a watch round (src/session.ts). */
  | { id: number; reset: WatchChanges };

export type WorkerReply =
  | { id: number; ok: boolean; diagnostics: Diagnostic[]; made: MadeOutput[] }
  | { id: number; bytes: Uint8Array }
  | { id: number; reset: true }
  | { id: number; error: string; stack: string; code?: string };

/** Sent once, when the worker has loaded and serves jobs. */
export interface WorkerReady {
  ready: true;
}

/** Marks a worker started to serve render jobs. */
export const WORKER_ROLE = 'minutes-render-worker';

export interface WorkerSetup {
  role: typeof WORKER_ROLE;
}

/** Bytes that own their whole buffer can be moved to the other thread; a view into a shared pool must be copied. */
function transferable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

async function answer(job: WorkerJob): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  if ('reset' in job) {
    session().reset(changesOf(job.reset));
    return { reply: { id: job.id, reset: true }, transfer: [] };
  }
  if ('write' in job) {
    const bytes = transferable(await writeHere(job.write, job.document, job.options));
    return { reply: { id: job.id, bytes }, transfer: [bytes.buffer as ArrayBuffer] };
  }
  const result = await renderMeetingInMemory(job.file, job.options);
  const made = result.made.map((m) => ({ ...m, bytes: transferable(m.bytes) }));
  return { reply: { id: job.id, ok: result.ok, diagnostics: result.diagnostics, made }, transfer: made.map((m) => m.bytes.buffer as ArrayBuffer) };
}

export function serveRenderJobs(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveRenderJobs runs in a worker thread');
  port.on('message', async (job: WorkerJob) => {
    try {
      const { reply, transfer } = await answer(job);
      port.postMessage(reply, transfer);
    } catch (error) {
      // The message and the trace apart: the trace is printed only with MINUTES_DEBUG=1.
      const code = (error as { code?: unknown })?.code;
      port.postMessage({
        id: job.id, error: String((error as Error)?.message ?? error), stack: String((error as Error)?.stack ?? error), ...(typeof code === 'string' ? { code } : {}),
      } satisfies WorkerReply);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerReady);
}

const setup = workerData as WorkerSetup | null;
if (!isMainThread && setup?.role === WORKER_ROLE) serveRenderJobs();
