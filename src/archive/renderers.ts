// Where a batch renders: in this thread, or in this thread and a pool of worker threads (one
// thread per core in all, each worker rendering one meeting while the next waits in its queue).
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document, ImageData } from '../model/document.js';
import type { Format, WriterOptions } from '../writers/index.js';
import { decodedWhole } from '../render/load-photos.js';
import { PACKAGE_ROOT } from '../pipeline/project.js';
import { renderMeetingInMemory, writeHere, type RenderOptions, type validateMeetingFile, type WriteFormat } from '../pipeline/render-file.js';
import type { WatchChanges } from '../session.js';
import { WORKER_ROLE, type WorkerJob, type WorkerReady, type WorkerReply, type WorkerSetup } from './render-worker.js';

export interface Rendered {
  ok: boolean;
  diagnostics: Diagnostic[];
  made: Array<{ format: string; path: string; bytes: Uint8Array }>;
  /** Stopped by a signal before it was done (its thread ended): nothing of it is to be written. */
  abandoned?: true;
}

const ABANDONED: Rendered = { ok: false, diagnostics: [], made: [], abandoned: true };

export type Validated = ReturnType<typeof validateMeetingFile>;

export interface Renderer {
  /** How many renders may be waiting at once: more only costs memory. */
  readonly capacity: number;
  /** `validated`: the meeting as the caller already validated it, used when rendering in this thread. */
  render(file: string, validated?: Validated): Promise<Rendered>;
  /**
   * Stops at once what worker threads are rendering (a signal): those renders resolve
   * `abandoned`, and no more are started in a worker. What this thread renders finishes: it is
   * never a heavy meeting (see isHeavy).
   */
  abandon(): void;
  close(): Promise<void>;
}

/**
 * A meeting's render is one synchronous stretch of its thread (the PDF's layout, pdfkit's image
 * decoding), during which a signal sent to that thread waits: at the documented limits that was
 * seconds (bench/limits.js prints the longest). A heavy meeting renders in a worker thread
 * instead, which a signal stops at once (Worker.terminate interrupts even a synchronous loop);
 * the worker costs ~0.3 s to start and validates the meeting again, paid only by those.
 *
 * Heavy: more than HEAVY_WEIGHT in a weight that counts a character of the YAML as 1, a byte of a
 * photo embedded as it is (JPEG, plain PNG) as 1/2000, and a pixel of a PNG as 1/180 or 1/40
 * (photoWeight): about what each adds to the stretch, measured on 2 loaded cores (a
 * 0.5 MiB meeting, ~200 000 characters of Thai, held the thread 2.5 s; 50 JPEGs of 1.7 MiB added
 * 0.6 s to the example report's 1 s; one 39.6 MP PNG with transparency 2.8 s). At 64 000 the
 * stretch of a meeting rendered here is under ~1.6 s there, a third of that on a quiet machine;
 * the examples weigh 2 000 to 7 000. JPEGs alone stay here: in a worker, the 50 JPEGs waited
 * 1.1 s instead of 1.6 s for 150 MB and 1.2 s of CPU more (the worker and a second validation).
 */
export const HEAVY_WEIGHT = 64_000;

/**
 * A photo's part of the weight. An interlaced PNG is held whole and put back in order
 * (png-image.ts), ~0.75 µs a pixel on the loaded machine (one of 5 MP held the thread 3.8 s):
 * 1/40 a pixel. Other PNGs the writer unfilters (alpha, a transparent palette) are streamed row
 * by row, but their colour and alpha are deflated again (~0.2 µs a pixel): 1/180. What it embeds
 * as it is (a JPEG, a plain PNG) costs about its bytes: 1/2000 a byte.
 */
export function photoWeight(photo: ImageData): number {
  const pixels = photo.widthPx * photo.heightPx;
  if (photo.format === 'png' && photo.bytes[28] === 1) return pixels / 40;
  return decodedWhole(photo) ? pixels / 180 : photo.bytes.length / 2000;
}

export function renderWeight(validated: Validated | undefined): number {
  const loaded = validated?.loaded;
  if (loaded === null || loaded === undefined) return 0;
  let weight = loaded.source.text.length;
  const photos = 'photos' in loaded ? (loaded.photos as ImageData[]) : [];
  for (const photo of photos) weight += photoWeight(photo);
  return weight;
}

export function isHeavy(validated: Validated | undefined): boolean {
  return renderWeight(validated) > HEAVY_WEIGHT;
}

/**
 * Renders here, except a heavy meeting, which renders in a worker thread started for it.
 * `write`: where each format of a meeting rendered here is written (by default here).
 */
export function inProcessRenderer(options: RenderOptions, write?: WriteFormat): Renderer {
  let worker: RenderWorker | null = null;
  let abandoned = false;
  const here: Renderer = {
    capacity: 1,
    render: async (file, validated) => {
      if (isHeavy(validated) && !abandoned) {
        worker ??= new RenderWorker();
        const thread = worker;
        return thread.render(file, options).catch((error: unknown) => {
          if (thread.abandoned) return ABANDONED;
          if (thread.stopped === null) throw error;
          // The thread could not start or stopped (out of memory): the meeting renders here.
          return renderHere(file, options, validated, write);
        });
      }
      if (abandoned && isHeavy(validated)) return ABANDONED;
      return renderHere(file, options, validated, write);
    },
    abandon: () => {
      abandoned = true;
      worker?.abandon();
    },
    close: async () => {
      await worker?.close();
      worker = null;
    },
  };
  return here;
}

async function renderHere(file: string, options: RenderOptions, validated: Validated | undefined, write: WriteFormat | undefined): Promise<Rendered> {
  const { ok, diagnostics, made } = await renderMeetingInMemory(file, options, {
    ...(validated === undefined ? {} : { validated }),
    ...(write === undefined ? {} : { write }),
  });
  return { ok, diagnostics, made };
}

/**
 * For `minutes watch`: one worker thread kept warm for the whole watch, which writes the PDF of
 * each meeting rendered in this thread from the document this thread built, while this thread
 * writes the DOCX: a round's two writers run on two cores. The same writer makes the same bytes
 * in either thread. Its session is reset with the watch's (`reset`). A thread that stopped, or
 * that is not asked (another engine, one format), leaves the writing here.
 */
export interface FormatWorker {
  write: WriteFormat;
  reset(changes: WatchChanges): void;
  close(): Promise<void>;
}

export function formatWorker(): FormatWorker {
  const worker = new RenderWorker();
  const write: WriteFormat = async (format, document, options) => {
    if (format !== 'pdf' || options.pdfEngine === 'libreoffice' || worker.stopped !== null) return writeHere(format, document, options);
    return worker.write(format, document, options).catch(async (error: unknown) => {
      if (worker.stopped === null) throw error;
      return writeHere(format, document, options);
    });
  };
  return {
    write,
    reset: (changes) => worker.reset(changes),
    close: () => worker.close(),
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
  /** Ended on purpose by a signal: its renders are abandoned, not retried. */
  abandoned = false;
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
      if ('error' in reply) pending.reject(Object.assign(new Error(reply.error), { workerStack: reply.stack, ...(reply.code === undefined ? {} : { code: reply.code }) }));
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

  /** One format of a document built in the main thread. */
  async write(format: Format, document: Document, options: WriterOptions): Promise<Uint8Array> {
    const reply = await this.send({ id: this.nextId++, write: format, document, options });
    if (!('bytes' in reply)) throw new Error('render worker: unexpected reply');
    return reply.bytes;
  }

  /** Resets the thread's session as the main thread's; the jobs after it see it done (messages keep their order). */
  reset(changes: WatchChanges): void {
    this.send({ id: this.nextId++, reset: changes }).catch(() => {
      // A stopped thread: its jobs go to this thread (formatWorker).
    });
  }

  /** Ends the thread at once, in the middle of a render if need be. */
  abandon(): void {
    this.abandoned = true;
    void this.worker.terminate();
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
  let abandoned = false;
  return {
    capacity: workers * QUEUED_PER_WORKER + 1,
    async render(file, validated) {
      if (pool.length === 0 && !abandoned) {
        while (pool.length < workers) pool.push(new RenderWorker());
        void Promise.all(pool.map((w) => w.ready)).then(collectGarbageSooner);
      }
      // A render here settles without the event loop turning, and workers' replies arrive through
      // it: without this turn they would wait, their queues full, until the batch ran out of work.
      await setImmediate();
      // Stopped by a signal: what a worker would have rendered is not started.
      const heavy = isHeavy(validated);
      if (abandoned && heavy) return ABANDONED;
      // A worker that stopped (out of memory, killed) takes no more; its meetings render here.
      const live = pool.filter((w) => w.stopped === null);
      const worker = live.length === 0 ? null : live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      // A heavy meeting always goes to a worker, so that a signal can stop it (see isHeavy).
      if (worker !== null && (worker.pending.size < QUEUED_PER_WORKER || renderingHere || heavy)) {
        // A meeting whose thread stopped under it renders again here.
        return worker.render(file, options).catch((error: unknown) => {
          if (worker.abandoned) return ABANDONED;
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
    abandon: () => {
      abandoned = true;
      for (const worker of pool) worker.abandon();
      here.abandon();
    },
    close: async () => {
      await Promise.all([...pool.map((w) => w.close()), here.close()]);
      pool.length = 0;
    },
  };
}
