// npm run compile, after tsc: the command and every library it uses in one CommonJS file,
// dist/bundle/minutes.cjs, then V8's code caches for it, one for each kind of command.
// Loading one file compiled from the cache, instead of some 600 modules parsed one by one,
// is most of what starting `minutes` costs (README, "Speed").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const outfile = 'dist/bundle/minutes.cjs';

/**
 * pdfkit imports AES from @noble/ciphers for encrypted PDFs, which minutes never makes, and the
 * module builds its tables as it loads: ~8 ms of every command that writes a PDF (measured). Here
 * pdfkit gets a stand-in that loads the real module on first use.
 */
const lazyAes = {
  name: 'lazy-aes',
  setup(build) {
    build.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, (args) =>
      args.namespace === 'lazy-aes' ? undefined : { path: 'aes', namespace: 'lazy-aes', pluginData: args.resolveDir });
    build.onLoad({ filter: /.*/, namespace: 'lazy-aes' }, (args) => ({
      contents: [
        "export const cbc = (...args) => require('@noble/ciphers/aes').cbc(...args);",
        "export const ecb = (...args) => require('@noble/ciphers/aes').ecb(...args);",
      ].join('\n'),
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

/**
 * docx names each picture by the SHA-1 of its bytes, computed in JavaScript: on a command's
 * first (and only) render that cold code took ~20 ms of the two photos and the charts (profiled,
 * `hashedId` and `sha1`). Here docx gets Node's SHA-1 for bytes, the same hex digest; anything
 * else goes to its own. The build stops if docx's line is not there exactly as expected.
 */
const HASHED_ID = 'var hashedId = (data) => Array.from(sha1(typeof data === "string" ? encodeUtf8(data) : ArrayBuffer.isView(data) ? data : new Uint8Array(data)), (byte) => byte.toString(16).padStart(2, "0")).join("");';
const nativeSha1 = {
  name: 'native-sha1',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.split(HASHED_ID).length !== 2) throw new Error(`tools/bundle.mjs: docx's hashedId is not the one this build replaces (${args.path})`);
      const replaced = source.replace(HASHED_ID, [
        'var hashedIdOfDocx = (data) => Array.from(sha1(typeof data === "string" ? encodeUtf8(data) : ArrayBuffer.isView(data) ? data : new Uint8Array(data)), (byte) => byte.toString(16).padStart(2, "0")).join("");',
        'var hashedId = (data) => data instanceof Uint8Array ? createHashForDocx("sha1").update(data).digest("hex") : hashedIdOfDocx(data);',
      ].join('\n'));
      return { contents: `import { createHash as createHashForDocx } from "node:crypto";\n${replaced}`, loader: 'js' };
    });
  },
};

const { outputFiles } = await build({
  write: false,
  entryPoints: ['dist/cli/bundle-entry.js'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The sources find the package folder and the bundled font from import.meta.url.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // harfbuzzjs is an ES module that awaits its WebAssembly at the top level, which a CommonJS
  // bundle cannot hold: the PDF writer imports it at run time, from node_modules.
  external: ['harfbuzzjs'],
  plugins: [lazyAes, nativeSha1],
  alias: { 'tiny-inflate': './tools/native-inflate.cjs' },
  logLevel: 'warning',
});

// esbuild escapes non-ASCII text in strings, not in comments and regular expressions (Thai digit
// ranges, a few library comments): one such character made Node decode the whole 4.5 MB file as
// UTF-8 into a two-byte string, ~25 ms of every start (measured; ~5 ms when it is ASCII), and
// twice the memory in each thread. A \uXXXX escape means the same character in both places.
const ascii = outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(outfile, ascii);

// Each command profile's cache (bin/minutes.js: 'pdf', 'docx', 'base') from a run of what it
// does, one example of each kind in one thread: the loader saves what the run compiled, and worker
// threads load the 'pdf' one. Each run goes through bin/minutes.js, which sets its V8 flag before
// loading, as every later run does. Nothing a render does may change V8's flags (a batch sets one only
// after its workers have loaded): V8 rejects a cache made under other flags than its own, and the
// loader then writes none. The single cache of earlier builds is removed.
rmSync(`${outfile}.v8-cache`, { force: true });
const EXAMPLES = ['minutes/2566-02-ita.yaml', 'minutes/2566-03-wg.yaml', 'minutes/2566-02-ita-memo.yaml'];
const out = mkdtempSync(join(tmpdir(), 'minutes-bundle-'));
const profiles = {
  pdf: ['render', ...EXAMPLES, '--format', 'docx,pdf', '--jobs', '1', '--out', out],
  docx: ['render', ...EXAMPLES, '--format', 'docx', '--jobs', '1', '--out', join(out, 'docx')],
  base: ['validate', ...EXAMPLES],
};
for (const [profile, args] of Object.entries(profiles)) {
  const run = spawnSync(process.execPath, ['bin/minutes.js', ...args], {
    env: { ...process.env, MINUTES_CODE_CACHE: 'write' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write(run.stderr);
    throw new Error(`the bundled command did not run the examples (${profile}: minutes ${args.join(' ')})`);
  }
  if (!existsSync(`${outfile}.${profile}.v8-cache`)) throw new Error(`no code cache for ${profile}`);
}
rmSync(out, { recursive: true, force: true });
