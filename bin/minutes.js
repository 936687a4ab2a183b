#!/usr/bin/env node
// The `minutes` command. Runs the bundled CLI (dist/bundle/minutes.cjs, made by npm run compile)
// compiled from V8's code cache beside it, so starting takes a fraction of loading the modules
// one by one; without the bundle, the compiled modules in dist/. In a worker thread of a batch
// it loads the same bundle, which then serves render jobs.
// A CommonJS module (bin/package.json says so): an ES module here made Node start its ES module
// loader and wrap each builtin this file imports before the first line ran, ~15 ms of CPU time
// of every command (measured, paired); the loader now starts only for a PDF (harfbuzzjs, below).
//
// Not taken: a V8 startup snapshot of the warmed bundle (node --snapshot-blob, Node 20), measured
// (CPU time, paired, TIERING below on both sides): one meeting to DOCX 522 → 387 ms started through the
// second node this file would have to spawn (−26 %). The PDF path can neither be warmed in it
// (the snapshot builder has no import() and no WebAssembly, which HarfBuzz needs) nor run from it
// (nor has a process started from one: "A dynamic import callback was not specified"), no live Intl
// object or ICU-backed TextDecoder may be in it (word breaks, fflate), the 14.6 MB blob only loads
// in the very node binary and flags it was made with (else exit 14), and it would keep whatever
// the warming run had read (the package's project, environment, session).
'use strict';
const { existsSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, Module } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');
const { cachedDataVersionTag, setFlagsFromString } = require('node:v8');
const { isMainThread } = require('node:worker_threads');

/**
 * V8 hands a function to TurboFan, its optimising compiler, after it has run through its
 * interrupt budget (66 KB of bytecode by default) three times; at ten times that budget only
 * what stays hot is optimised. A command lives a fraction of a second, and TurboFan compiled
 * hundreds of functions (on another thread: CPU time all the same) that never paid for
 * themselves. CPU time (user + sys, paired runs on the shared 2-core machine, loaded): one
 * meeting to DOCX 0.72 → 0.55 s, to PDF 1.02 → 0.72 s; 31 meetings to DOCX+PDF in one thread
 * 5.8 → 4.2 s; 120 meetings in worker threads the same within the noise (28–31 s). A JIT tier
 * changes no result: every example's DOCX and PDF stayed byte-identical.
 * V8's flags belong to the process, worker threads included, and a code cache is accepted only
 * under the flags it was made with: this one is set here, before the bundle loads, in every run
 * of a profile that has it (below), whether it makes or reads that profile's cache (tools/bundle.mjs
 * makes them through this file); workers inherit it.
 */
const TIERING = '--interrupt-budget=675840';

const self = __filename;
const bundle = join(__dirname, '..', 'dist', 'bundle', 'minutes.cjs');

/**
 * Which of the bundle's code a command runs: 'pdf' (a render, watch or register with a PDF, and
 * every worker thread), 'docx' (one without) or 'base' (validate, new, init, help). Each has a
 * cache of its own: V8 reads the whole cache before the first line runs (~1 ms a 100 KB,
 * measured), and a cache made by one command lacks what another compiles, which then
 * compiles from source at every start (a render after `minutes init` wrote the only cache:
 * ~160 ms more, measured). Only a guess from the arguments: a wrong one costs time, never a result.
 */
function profileOf(argv) {
  if (!isMainThread) return 'pdf';
  const command = argv.find((a) => !a.startsWith('-'));
  if (command !== 'render' && command !== 'watch' && command !== 'register') return 'base';
  let formats = 'docx';
  argv.forEach((a, i) => {
    if (a === '--format' && argv[i + 1] !== undefined) formats = argv[i + 1];
    else if (a.startsWith('--format=')) formats = a.slice('--format='.length);
  });
  return formats.split(',').includes('pdf') ? 'pdf' : 'docx';
}

const profile = profileOf(process.argv.slice(2));
/**
 * Not for 'base' (validate, new, init, help): `validate` of a whole archive runs for seconds in one
 * thread, where TurboFan on the other core pays for itself. 500 meetings, wall time, 4 runs
 * alternating on a quiet machine: 1.75–2.53 s with the larger budget, 1.54–2.05 s without
 * (issue 5 asks 2 s). The 'base' cache is made without it, like its runs.
 */
if (isMainThread && profile !== 'base') setFlagsFromString(TIERING);
const cacheFile = `${bundle}.${profile}.v8-cache`;

function loadBundle() {
  // tools/bundle.mjs writes ASCII only, which read as latin1 is the same text without the checks
  // of UTF-8 decoding: ~5 ms instead of ~11 ms for the 4.5 MB file (measured).
  const source = readFileSync(bundle, 'latin1');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  if (process.env.MINUTES_CODE_CACHE === 'report') {
    const state = cachedData === undefined ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'accepted';
    process.stderr.write(`minutes: code cache ${profile}${isMainThread ? '' : ' (worker thread)'}: ${state}\n`);
  }
  return { exports: module.exports, script, stale };
}

/**
 * After a run the cache holds every function it compiled; written when asked (the build) or when
 * this command's cache is missing or rejected (another Node, another bundle). V8 accepts a cache only under the flags it was made with, and a render may
 * change a flag as it runs (a batch sets --heap-growing-percent): a cache written after that would be
 * rejected by every later run, which would then compile the bundle from source and write the
 * cache again, each time (~120 ms, measured). So none is written once the flags have changed.
 */
function saveCache(script, versionTag) {
  if (cachedDataVersionTag() !== versionTag) return;
  try {
    const temp = `${cacheFile}.${process.pid}.minutes-tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  } catch {
    // A read-only installation runs without a cache.
  }
}

// import() inside the bundle (a vm.Script) fails on Node 20 once it runs from the code cache
// ("A dynamic import callback was not specified"): the bundle borrows this module's import()
// for the ES modules it loads at run time (harfbuzzjs).
globalThis.minutesImport = (specifier) => import(specifier);

async function start() {
  if (!existsSync(bundle)) {
    if (isMainThread) {
      const { main } = await import('../dist/cli/main.js');
      process.exitCode = await main(process.argv.slice(2));
    } else {
      await import('../dist/archive/render-worker.js');
    }
  } else if (!isMainThread) {
    loadBundle();
  } else {
    globalThis.minutesWorkerEntry = self;
    const versionTag = cachedDataVersionTag();
    const { exports, script, stale } = loadBundle();
    process.exitCode = await exports.main(process.argv.slice(2));
    if (process.env.MINUTES_CODE_CACHE === 'write' || stale) saveCache(script, versionTag);
  }
}

// As a top-level await did: a failure is Node's own report of an uncaught error, exit 1.
start().catch((error) => {
  process.exitCode = 1;
  throw error;
});
