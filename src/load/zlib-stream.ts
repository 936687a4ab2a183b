// A synchronous, streaming inflate with node:zlib: the PNG reader (png-scanlines.ts) walks a
// photo's rows without holding them whole, inside the synchronous photo check and PDF writer.
// node:zlib's public API is either synchronous and whole (inflateSync returns all the output)
// or streaming and asynchronous; its synchronous functions drive the native handle with
// `_handle.writeSync` and read what it consumed and produced from `_writeState` (lib/zlib.js,
// processChunkSync). This module is the one that touches those private internals, and checks
// them when it loads: a Node that changes them fails here, loudly, instead of misreading a photo.
// (pako, a JavaScript port, streams too but inflated a 39.6 MP photo in 2.6 s against 0.4 s.)
import { constants, Inflate } from 'node:zlib';

interface NativeHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  onerror: (message: string, errno: number) => void;
}

interface Engine {
  _handle: NativeHandle | null;
  _writeState: Uint32Array;
  close(): void;
}

function engine(): Engine {
  const made = new Inflate() as unknown as Engine;
  if (typeof made._handle?.writeSync !== 'function' || !(made._writeState instanceof Uint32Array)) {
    made.close();
    throw new Error('node:zlib no longer has _handle.writeSync or _writeState: review src/load/zlib-stream.ts');
  }
  return made;
}
engine().close();

const OUT = 1 << 16;

/**
 * Inflates the zlib stream made of `parts` (in order), calling `onData` with each piece of output
 * (at most 64 KB, valid only during the call; it may throw to stop). True when the stream is whole
 * and correct (its checksum read), false when it is corrupt or ends early. Data after the stream's
 * end is ignored, as inflateSync ignores it.
 */
export function inflateParts(parts: readonly Uint8Array[], onData: (chunk: Uint8Array) => void): boolean {
  const zlib = engine();
  const handle = zlib._handle as NativeHandle;
  const state = zlib._writeState;
  let failed = false;
  handle.onerror = () => {
    failed = true;
  };
  const out = Buffer.allocUnsafe(OUT);
  const empty = new Uint8Array(0);
  try {
    // Each part under Z_NO_FLUSH, then Z_FINISH with no input: an unfinished stream is an error there.
    for (const [input, flush] of [...parts.map((p) => [p, constants.Z_NO_FLUSH] as const), [empty, constants.Z_FINISH] as const]) {
      let offset = 0;
      let available = input.length;
      for (;;) {
        handle.writeSync(flush, input, offset, available, out, 0, OUT);
        if (failed) return false;
        const produced = OUT - (state[0] as number);
        offset += available - (state[1] as number);
        available = state[1] as number;
        if (produced > 0) onData(out.subarray(0, produced));
        // Output room left: zlib took what it could; more input, or the stream's end.
        if (produced < OUT) break;
      }
    }
    return true;
  } finally {
    zlib.close();
  }
}
