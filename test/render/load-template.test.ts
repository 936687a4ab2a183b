// Templates: the shipped ones precompiled by the build (and rendering as if compiled), an edited
// one compiled when loaded, and a syntax error reported at its line and column in the .hbs file.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/i18n/reporter.js';
import { loadTemplate, precompileKey } from '../../src/render/load-template.js';
import { normalizedDocumentXml } from '../support/docx-xml.js';

const shipped = readdirSync('templates', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
  .map((e) => join(e.parentPath, e.name));

describe('templates', () => {
  it('has every shipped template precompiled by the build', () => {
    const precompiled = JSON.parse(readFileSync('dist/templates.precompiled.json', 'utf8')) as Record<string, string>;
    expect(shipped.length).toBeGreaterThan(4);
    for (const file of shipped) expect(Object.keys(precompiled), file).toContain(precompileKey(readFileSync(file, 'utf8')));
  });

  it('renders the example through the precompiled templates as through compiled ones', () => {
    // The command (bin/minutes.js, the bundle) takes the precompiled ones; this test process compiles.
    const out = mkdtempSync(join(tmpdir(), 'minutes-precompiled-'));
    execFileSync(process.execPath, ['bin/minutes.js', 'render', 'minutes/2566-02-ita.yaml', '--out', out], { stdio: 'ignore' });
    const viaCommand = normalizedDocumentXml(readFileSync(join(out, '2566-02-ita.docx')));
    expect(viaCommand).toBe(readFileSync('test/golden/2566-02-ita/document.xml', 'utf8'));
  });

  it('compiles a template an office edited, when it is loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-templates-'));
    cpSync('templates', dir, { recursive: true });
    const main = join(dir, 'memo', 'document.hbs');
    writeFileSync(main, `${readFileSync(main, 'utf8')}<p>ข้อความที่สำนักงานเพิ่ม</p>\n`);
    const template = loadTemplate(dir, 'memo', new Reporter('x.yaml', 'th'));
    expect(template?.render({ office: {}, report: null, text: ['เนื้อความ'] })).toContain('ข้อความที่สำนักงานเพิ่ม');
  });

  it('reports a syntax error at its line and column in the .hbs file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-templates-'));
    cpSync('templates', dir, { recursive: true });
    const main = join(dir, 'memo', 'document.hbs');
    writeFileSync(main, '<p>สวัสดี</p>\n<p>{{#if office}}ไม่ปิด</p>\n');
    const reporter = new Reporter('x.yaml', 'th');
    expect(loadTemplate(dir, 'memo', reporter)).toBeNull();
    expect(reporter.diagnostics.map((d) => [d.code, d.file, d.line > 0])).toEqual([['TEMPLATE_SYNTAX', main, true]]);
    expect(existsSync(main)).toBe(true);
  });
});
