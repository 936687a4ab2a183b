// Where a batch renders: in this thread, or in this thread and a pool of worker threads (one
// thread per core in all, each worker rendering one meeting while the next waits in its queue).
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Diagnostic } from '../model/diagnostic.js';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import { renderMeetingInMemory, type RenderOptions, type validateMeetingFile } from '../pipeline/render-file.js';
import { WORKER_ROLE, type WorkerJob, type WorkerReady, type WorkerReply, type WorkerSetup } from './render-worker.js';

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

/**
 * How much V8 lets a heap grow past what the last full collection kept before collecting again:
 * by default up to 4×, so a render's garbage, promoted from the young generation, piles up in the
 * old one. A batch's live heap is ~35 MB per thread, flat over 500 meetings (measured); at 1.5×
 * the 500-meeting bench (2 threads) peaked at ~280 MB instead of ~420 MB, and in one thread at
 * ~190 MB instead of ~290 MB, for the same CPU time.
 *
 * V8 flags are per process (this one stays set for the rest of it), and V8 rejects a code cache
 * made under other flags than its own, so this is set once every worker has loaded the bundle
 * from the cache.
 */
function collectGarbageSooner(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

class RenderWorker {
  readonly pending = new Map<number, Pending>();
  /** Settled once the worker has loaded the command and serves jobs. */
  readonly ready: Promise<void>;
  /** Why the thread stopped, once it has: it takes no more jobs. */
  stopped: Error | null = null;
  private readonly worker: Worker;
  private nextId = 0;

  constructor() {
    this.worker = new Worker(workerEntry(), { workerData: { role: WORKER_ROLE } satisfies WorkerSetup, resourceLimits: WORKER_LIMITS });
    let loaded = () => {};
    this.ready = new Promise((resolve) => (loaded = resolve));
    this.worker.on('message', (reply: WorkerReply | WorkerReady) => {
      if ('ready' in reply) return loaded();
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (pending === undefined) return;
      if ('error' in reply) pending.reject(Object.assign(new Error(reply.error), { workerStack: reply.stack }));
      else pending.resolve(reply);
    });
    const fail = (error: Error) => {
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      this.stopped = new Error(`render worker stopped (exit ${code})`);
      loaded();
      fail(this.stopped);
    });
  }

  private send(job: WorkerJob): Promise<WorkerReply> {
    // A stopped thread never answers: a job sent to it would wait for ever.
    if (this.stopped !== null) return Promise.reject(this.stopped);
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
 * A worker's young generation, where V8 puts new objects: by default up to ~48 MB per thread,
 * which a render fills with short-lived garbage before V8 collects it. At 12 MB the 500-meeting
 * bench peaked ~25 MB lower, for the same CPU time (measured; 8 MB saved no more).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

/** Meetings waiting in a worker's queue beside the one it renders, so it never waits for the main thread. */
const QUEUED_PER_WORKER = 2;

/**
 * This thread and `workers` worker threads, started on the first render (a run with nothing to
 * render starts none). A meeting goes to a worker with room in its queue, else renders here.
 *
 * Workers live for the whole batch. They used to be replaced after every 20 meetings to let go of
 * what renders leave behind, but a thread's heap stays flat over 500 meetings (~36 MB after a
 * collection, with or without charts; measured), while each new thread compiled and warmed up
 * again and re-read the archive's earlier minutes: 100 chart-free meetings took 13.5 s of CPU
 * with replacement, 8.3 s without.
 *
 * This thread renders beside them instead of only planning and writing, which take it ~5 ms a
 * meeting: one thread fewer for the same cores, whose isolate (~90 MB) kept a 2-core batch over
 * 300 MB.
 */
export function sharedPool(options: RenderOptions, workers: number): Renderer {
  const here = inProcessRenderer(options);
  const pool: RenderWorker[] = [];
  let renderingHere = false;
  return {
    capacity: workers * QUEUED_PER_WORKER + 1,
    async render(file, validated) {
      if (pool.length === 0) {
        while (pool.length < workers) pool.push(new RenderWorker());
        void Promise.all(pool.map((w) => w.ready)).then(collectGarbageSooner);
      }
      // A render here settles without the event loop turning, and workers' replies arrive through
      // it: without this turn they would wait, their queues full, until the batch ran out of work.
      await setImmediate();
      // A worker that stopped (out of memory, killed) takes no more; its meetings render here.
      const live = pool.filter((w) => w.stopped === null);
      const worker = live.length === 0 ? null : live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (worker !== null && (worker.pending.size < QUEUED_PER_WORKER || renderingHere)) {
        // A meeting whose thread stopped under it renders again here.
        return worker.render(file, options).catch((error: unknown) => {
          if (worker.stopped === null) throw error;
          return here.render(file, validated);
        });
      }
      renderingHere = true;
      try {
        return await here.render(file, validated);
      } finally {
        renderingHere = false;
      }
    },
    close: async () => {
      await Promise.all(pool.map((w) => w.close()));
      pool.length = 0;
    },
  };
}
