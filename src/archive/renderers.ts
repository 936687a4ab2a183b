// Where a batch renders: in this thread, or in a pool of worker threads (one per core, each
// rendering one meeting while the next waits in its queue).
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import { renderMeetingInMemory, type RenderOptions, type validateMeetingFile } from '../pipeline/render-file.js';
import { WORKER_ROLE, type WorkerJob, type WorkerReply, type WorkerSetup } from './render-worker.js';

export interface Rendered {
  ok: boolean;
  diagnostics: Diagnostic[];
  made: Array<{ format: string; path: string; bytes: Uint8Array }>;
}

export type Validated = ReturnType<typeof validateMeetingFile>;

export interface Renderer {
  /** How many renders may be waiting at once: more only costs memory. */
  readonly capacity: number;
  /** `validated`: the meeting as the caller already validated it, used when rendering in this thread. */
  render(file: string, validated?: Validated): Promise<Rendered>;
  close(): Promise<void>;
}

export function inProcessRenderer(options: RenderOptions): Renderer {
  return {
    capacity: 1,
    render: async (file, validated) => {
      const { ok, diagnostics, made } = await renderMeetingInMemory(file, options, validated === undefined ? {} : { validated });
      return { ok, diagnostics, made };
    },
    close: async () => {},
  };
}

/**
 * Where a worker thread starts. The bundled command (bin/minutes.js) names itself, so workers
 * load the bundle with its code cache; otherwise the compiled module in dist/.
 */
function workerEntry(): string {
  return (globalThis as { minutesWorkerEntry?: string }).minutesWorkerEntry ?? join(PACKAGE_ROOT, 'dist', 'archive', 'render-worker.js');
}

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

class RenderWorker {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  private nextId = 0;

  constructor() {
    this.worker = new Worker(workerEntry(), { workerData: { role: WORKER_ROLE } satisfies WorkerSetup });
    this.worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (pending === undefined) return;
      if ('error' in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply);
    });
    const fail = (error: Error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`render worker stopped (exit ${code})`)));
  }

  private send(job: WorkerJob): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      this.worker.postMessage(job);
    });
  }

  async render(file: string, options: RenderOptions): Promise<Rendered> {
    const reply = await this.send({ id: this.nextId++, file, options });
    if (!('made' in reply)) throw new Error('render worker: unexpected reply');
    return { ok: reply.ok, diagnostics: reply.diagnostics, made: reply.made };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Meetings one worker renders before a fresh one takes its place. Whatever a render leaves
 * behind (caches, memory a native library does not give back until its thread ends) is let go
 * with the thread, so a batch needs the same memory for 50 meetings as for 5,000.
 */
export const MEETINGS_PER_WORKER = 20;

/** Started on the first render, so a run with nothing to render starts no thread. */
export function workerPool(options: RenderOptions, size: number): Renderer {
  const workers: Array<{ worker: RenderWorker; jobs: number }> = [];
  const retiring: Array<Promise<void>> = [];
  return {
    capacity: size * 2,
    render(file) {
      while (workers.length < size) workers.push({ worker: new RenderWorker(), jobs: 0 });
      const slot = workers.reduce((a, b) => (b.worker.pending.size < a.worker.pending.size ? b : a));
      const rendering = slot.worker.render(file, options);
      if (++slot.jobs >= MEETINGS_PER_WORKER) {
        // No more jobs for it: it ends once its queue is done, and the next render starts another.
        workers.splice(workers.indexOf(slot), 1);
        retiring.push(rendering.then(() => slot.worker.close(), () => slot.worker.close()));
      }
      return rendering;
    },
    close: async () => {
      await Promise.all([...retiring, ...workers.map((w) => w.worker.close())]);
      workers.length = 0;
    },
  };
}
