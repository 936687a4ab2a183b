// Property: whatever happens to a valid meeting file (lines deleted, duplicated, swapped; YAML
// syntax, Thai marks, invisible characters and raw bytes inserted; the file cut short),
// validating it, and rendering it to DOCX and PDF when it validates, returns diagnostics or
// succeeds: it never throws and never hangs. Fixed seed and bounded runs, so CI is repeatable;
// FUZZ_SEED and FUZZ_RUNS explore further by hand.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findProject, renderMeetingFile, validateMeetingFile, type Diagnostic } from '../../src/index.js';
import { MESSAGES, messageOf } from '../../src/i18n/messages.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20230822);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
/** Per case, validate and render together; generous for a loaded CI machine. */
const CASE_MS = 5000;

const tmp = mkdtempSync(join(tmpdir(), 'fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The two sources, each in a folder of its own (the example with its photos). */
const SOURCES = [
  { name: 'ita', text: readFileSync('minutes/2566-02-ita.yaml'), photos: 'minutes/photos' },
  { name: 'minimal', text: readFileSync('test/fixtures/minimal.yaml'), photos: null },
];
for (const source of SOURCES) {
  mkdirSync(join(tmp, source.name));
  if (source.photos !== null) cpSync(source.photos, join(tmp, source.name, 'photos'), { recursive: true });
}

const SPECIAL = [
  '\t', '"', "'", ':', ': ', '&', '*', '!', '!!js/function ', '{{', '}}', '{{> x}}', '[', ']', '{', '}', '#', '- ', '|', '>',
  '%', '@', '`', '\\', '\\u', '---\n', '\n', '\r\n', '\r', '  ', '? ', ',', '~', '<<: *a\n', '&a ', '*a', '<w:p>', '<script>', '&amp;',
  '13.3', '25.00', '2566-02-30', '99999999999999999999', '-1', '.nan', 'ก่ิ', 'น้้ำ', 'นํ้า', '\u0e48', '\u0e34', '\u0e4d\u0e32',
  '\u200b', '\ufeff', '\u0000', '\u0007', '\u001b[2J', '\u0085', '\ud800', '\u00a0', 'ü', '😀',
];

type Op =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array; raw: boolean }
  | { kind: 'truncate'; at: number }
  | { kind: 'append'; line: number; text: string };

const position = fc.nat({ max: 1_000_000 });
/** Text goes in between characters; raw bytes anywhere, even inside a Thai character. */
const inserted = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL), minLength: 1, maxLength: 6 }).map((s) => ({ bytes: new Uint8Array(Buffer.from(s)), raw: false })) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }).map((bytes) => ({ bytes, raw: true })) },
);
// Weighted so that a fair share of the mutants stays valid and goes through the writers.
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), a: position, b: position }) },
  { weight: 5, arbitrary: fc.tuple(position, inserted).map(([at, { bytes, raw }]) => ({ kind: 'insert' as const, at, bytes, raw })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  // Text added to the end of a line: inside a value, mostly, so the file often stays valid.
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('append' as const), line: position, text: fc.string({ unit: fc.constantFrom(...SPECIAL, ' ', 'ก', 'x'), maxLength: 6 }) }) },
);

function mutate(source: Buffer, ops: Op[]): Buffer {
  let bytes = source;
  for (const o of ops) {
    const lines = splitLines(bytes);
    const line = (n: number) => n % Math.max(1, lines.length);
    switch (o.kind) {
      case 'delete':
        lines.splice(line(o.line), 1);
        break;
      case 'duplicate':
        lines.splice(line(o.line), 0, lines[line(o.line)] ?? Buffer.alloc(0));
        break;
      case 'swap': {
        const [a, b] = [line(o.a), line(o.b)];
        [lines[a], lines[b]] = [lines[b] as Buffer, lines[a] as Buffer];
        break;
      }
      case 'insert': {
        let at = o.at % (bytes.length + 1);
        while (!o.raw && at < bytes.length && ((bytes[at] as number) & 0xc0) === 0x80) at++;
        bytes = Buffer.concat([bytes.subarray(0, at), o.bytes, bytes.subarray(at)]);
        continue;
      }
      case 'truncate':
        bytes = bytes.subarray(0, o.at % (bytes.length + 1));
        continue;
      case 'append':
        lines[line(o.line)] = Buffer.concat([lines[line(o.line)] ?? Buffer.alloc(0), Buffer.from(` ${o.text}`)]);
        break;
    }
    bytes = Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])));
  }
  return bytes;
}

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

/** Every diagnostic is one a user can read: a known code, a message, a position inside the file. */
function checkDiagnostics(diagnostics: Diagnostic[], file: string, lineCount: number): void {
  for (const d of diagnostics) {
    expect(Object.keys(MESSAGES), d.code).toContain(d.code);
    expect(messageOf(d, 'th').message.length).toBeGreaterThan(0);
    expect(messageOf(d, 'en').message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(d.severity);
    if (d.file === file) {
      expect(d.line).toBeGreaterThanOrEqual(0);
      expect(d.line).toBeLessThanOrEqual(lineCount + 1);
      expect(d.column).toBeGreaterThanOrEqual(d.line === 0 ? 0 : 1);
    }
  }
}

describe('fuzzing meeting files', () => {
  it(`validates and renders ${RUNS} mutated files without throwing or hanging (seed ${SEED})`, async () => {
    const project = findProject();
    const options = { lang: 'th' as const, strict: false, project, office: null };
    const codes = new Map<string, number>();
    let valid = 0;
    let rendered = 0;
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.array(op, { minLength: 1, maxLength: 3 }), async (which, ops) => {
        const source = SOURCES[which] as (typeof SOURCES)[number];
        const bytes = mutate(source.text, ops);
        const file = join(tmp, source.name, `case-${count++}.yaml`);
        writeFileSync(file, bytes);
        const lineCount = splitLines(bytes).length;
        const started = performance.now();
        const validated = validateMeetingFile(file, options);
        checkDiagnostics(validated.diagnostics, file, lineCount);
        if (!validated.ok) expect(validated.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        for (const d of validated.diagnostics) if (d.severity === 'error') codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
        if (validated.ok) {
          valid++;
          const result = await renderMeetingFile(file, { ...options, outDir: join(tmp, 'out'), formats: ['docx', 'pdf'], pdfEngine: 'builtin' });
          checkDiagnostics(result.diagnostics, file, lineCount);
          expect(result.ok || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          if (result.ok) rendered++;
        }
        expect(performance.now() - started).toBeLessThan(CASE_MS);
        rmSync(file);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env['FUZZ_STATS'] === '1') console.log(`${RUNS} cases: ${valid} valid, ${rendered} rendered; errors: ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
    // The mutations must not all break the file: some cases go through the writers.
    expect(rendered).toBeGreaterThan(RUNS / 20);
  }, Math.max(120_000, RUNS * 300));
});
