// The editor as a clerk has it: yaml-language-server (the server of VS Code's YAML extension) over
// stdio, given the shipped JSON Schema. Every example is clean; the mistakes `minutes validate`
// catches that a schema can see are marked at the offending word; completion offers the keys of the
// file's kind only; hover shows the field's Thai title and description. Both ways of naming the
// schema are driven: the `# yaml-language-server: $schema=` line of the examples, and the
// `yaml.schemas` settings that `minutes init` writes into .vscode/settings.json.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vscodeSettings } from '../../src/cli/init-files.js';
import { LABELS } from '../../src/schema/labels.js';
import { runCli } from '../support/run-cli.js';
import { LspClient, type Diagnostic } from './lsp-client.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const EXAMPLES = join(REPO, 'minutes');
const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yaml')).sort();
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

/** An archive as `minutes init` leaves it, with the schemas where node_modules/minutes has them. */
const archive = mkdtempSync(join(tmpdir(), 'minutes-editor-'));
mkdirSync(join(archive, 'node_modules', 'minutes'), { recursive: true });
symlinkSync(join(REPO, 'schema'), join(archive, 'node_modules', 'minutes', 'schema'));
mkdirSync(join(archive, 'minutes'));

const settings = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    // No schema store: it would be fetched from the network, and this test must see ours only.
    schemaStore: { enable: false },
    schemas: (JSON.parse(vscodeSettings()) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'],
  },
};

let client: LspClient;
beforeAll(async () => {
  client = new LspClient(settings);
  await client.start(archive);
}, 30_000);
afterAll(async () => {
  await client.stop();
  rmSync(archive, { recursive: true, force: true });
});

/** A document beside the examples (not written to disk), so its schema line finds ../schema/. */
let count = 0;
async function diagnose(text: string): Promise<{ file: string; diagnostics: Diagnostic[] }> {
  const file = join(EXAMPLES, `__editor-${count++}.yaml`);
  const diagnostics = await client.open(file, text);
  return { file, diagnostics };
}

/** The text a diagnostic's range covers. */
function marked(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  if (d.range.start.line !== d.range.end.line) return lines.slice(d.range.start.line, d.range.end.line + 1).join('\n');
  return (lines[d.range.start.line] ?? '').slice(d.range.start.character, d.range.end.character);
}

describe('yaml-language-server on the shipped examples', () => {
  for (const name of examples) {
    it(`reports nothing on ${name}`, async () => {
      const diagnostics = await client.open(join(EXAMPLES, name), read(name));
      expect(diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)).toEqual([]);
    });
  }
});

describe('a mistake that validate catches is marked at the offending word', () => {
  const cases: Array<{ name: string; example: string; from: RegExp; to: string; word: string; message?: RegExp }> = [
    { name: 'a misspelt key', example: '2566-02-ita.yaml', from: /^place:/m, to: 'plce:', word: 'plce' },
    { name: 'a misspelt key in a minutes file', example: '2566-03-wg.yaml', from: /^place:/m, to: 'palce:', word: 'palce' },
    { name: 'a wrong kind, listing every kind', example: '2566-02-ita-memo.yaml', from: /^kind: memo$/m, to: 'kind: memoo', word: 'memoo', message: /ita-report.*minutes.*memo/s },
    { name: 'a time with a one-digit minute, quoted', example: '2566-03-wg.yaml', from: /start: 09\.30/, to: 'start: "9.3"', word: '"9.3"', message: /นาทีสองหลัก/ },
    { name: 'a time whose minutes are 60 or more', example: '2566-03-wg.yaml', from: /start: 09\.30/, to: 'start: 09.75', word: '09.75', message: /ชั่วโมง\.นาที/ },
    { name: 'an hour past 23', example: '2566-02-ita.yaml', from: /end: 16\.00/, to: 'end: 25.00', word: '25.00', message: /23\.59/ },
    { name: 'a score that is not a number', example: '2566-02-ita.yaml', from: /IIT: 91\.71/, to: 'IIT: abc', word: 'abc', message: /ตัวเลข/ },
    { name: 'a score above 100', example: '2566-02-ita.yaml', from: /IIT: 91\.71/, to: 'IIT: 191.71', word: '191.71', message: /ตั้งแต่ 0 ถึง 100/ },
    { name: 'a time in hundredths of a minute', example: '2566-03-wg.yaml', from: /start: 09\.30/, to: 'start: 09.305', word: '09.305', message: /ชั่วโมง\.นาที/ },
    { name: 'a meeting number that is not a whole number', example: '2566-03-wg.yaml', from: /^number: 3$/m, to: 'number: ๓ก', word: '๓ก' },
    { name: 'a previous year that is not a year', example: '2566-02-ita.yaml', from: /2565: 96\.91/, to: 'last: 96.91', word: 'last' },
  ];
  for (const c of cases) {
    it(`marks ${c.name}`, async () => {
      const text = read(c.example).replace(c.from, c.to);
      expect(text).not.toBe(read(c.example));
      const { diagnostics } = await diagnose(text);
      const at = diagnostics.filter((d) => marked(text, d) === c.word);
      expect(at, diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${marked(text, d)}] ${d.message}`).join('\n')).not.toEqual([]);
      if (c.message !== undefined) expect(at.map((d) => d.message).join('\n')).toMatch(c.message);
    });
  }
});

describe('what validate accepts, the editor accepts too', () => {
  const variants: Array<{ name: string; example: string; from: RegExp; to: string }> = [
    { name: 'a time in Thai digits', example: '2566-03-wg.yaml', from: /start: 09\.30/, to: 'start: ๐๙.๓๐' },
    { name: 'a time with a colon and น.', example: '2566-03-wg.yaml', from: /start: 09\.30/, to: 'start: 9:30 น.' },
    { name: 'a score in Thai digits', example: '2566-02-ita.yaml', from: /IIT: 91\.71/, to: 'IIT: ๙๑.๗๑' },
    { name: 'a quoted score', example: '2566-02-ita.yaml', from: /IIT: 91\.71/, to: 'IIT: "91.71"' },
    { name: 'followUp: false', example: '2566-04-wg.yaml', from: /followUp: true/, to: 'followUp: false' },
  ];
  for (const v of variants) {
    it(`accepts ${v.name}`, async () => {
      const text = read(v.example).replace(v.from, v.to);
      expect(text).not.toBe(read(v.example));
      const dir = mkdtempSync(join(tmpdir(), 'minutes-variant-'));
      writeFileSync(join(dir, v.example), text);
      cpSync(join(EXAMPLES, 'photos'), join(dir, 'photos'), { recursive: true });
      for (const other of examples) if (other !== v.example) writeFileSync(join(dir, other), read(other));
      const validate = await runCli(['validate', join(dir, v.example)]);
      rmSync(dir, { recursive: true, force: true });
      expect(validate.code, validate.stderr).toBe(0);
      const { diagnostics } = await diagnose(text);
      expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });
  }
});

describe('completion offers the keys of the file\'s kind only', () => {
  const labels = async (text: string, line: number) => {
    const { file } = await diagnose(text);
    return (await client.completion(file, { line, character: 0 })).map((item) => item.label);
  };
  it('for a memo', async () => {
    const keys = await labels('# yaml-language-server: $schema=../schema/meeting.schema.json\nkind: memo\n\n', 2);
    expect(keys).toEqual(expect.arrayContaining(['documentNumber', 'subject', 'signer']));
    expect(keys).not.toContain('assessment');
    expect(keys).not.toContain('agenda');
  });
  it('for an ITA report', async () => {
    const keys = await labels('# yaml-language-server: $schema=../schema/meeting.schema.json\nkind: ita-report\n\n', 2);
    expect(keys).toEqual(expect.arrayContaining(['assessment', 'attendees', 'summary']));
    expect(keys).not.toContain('documentNumber');
    expect(keys).not.toContain('agenda');
  });
  it('for a new file named by .vscode/settings.json (no schema line): kind first', async () => {
    const file = join(archive, 'minutes', 'new.yaml');
    await client.open(file, '\n');
    const keys = (await client.completion(file, { line: 0, character: 0 })).map((item) => item.label);
    expect(keys).toContain('kind');
    expect(keys).not.toContain('assessment');
    expect(keys).not.toContain('documentNumber');
  });
  it('for a file named by .vscode/settings.json, its kind\'s keys', async () => {
    const file = join(archive, 'minutes', 'memo.yaml');
    await client.open(file, 'kind: memo\n\n');
    const keys = (await client.completion(file, { line: 1, character: 0 })).map((item) => item.label);
    expect(keys).toEqual(expect.arrayContaining(['documentNumber', 'signer']));
    expect(keys).not.toContain('assessment');
  });
});

describe('hover', () => {
  it('shows the field\'s Thai title and description, not the file\'s', async () => {
    const text = read('2566-02-ita.yaml');
    const file = join(EXAMPLES, '2566-02-ita.yaml');
    await client.open(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('place:'));
    const hover = await client.hover(file, { line, character: 2 });
    expect(hover).toContain(LABELS['place']?.describe as string);
    const title = /^#### (.*)$/m.exec(hover)?.[1] ?? '';
    expect(title).toContain(LABELS['place']?.th as string);
    expect(title).not.toContain('ไฟล์บันทึกการประชุม');
  });
  it('titles a nested field with its own name', async () => {
    const text = read('2566-03-wg.yaml');
    const file = join(EXAMPLES, '2566-03-wg.yaml');
    await client.open(file, text);
    const line = text.split('\n').findIndex((l) => l.trimStart().startsWith('start:'));
    const hover = await client.hover(file, { line, character: 4 });
    expect(/^#### (.*)$/m.exec(hover)?.[1]).toContain(LABELS['start']?.th as string);
  });
});
