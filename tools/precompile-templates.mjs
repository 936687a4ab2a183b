// npm run compile, after tsc: every shipped template precompiled by Handlebars into
// dist/templates.precompiled.json, keyed by its text (src/render/load-template.ts). A command
// then evaluates a template instead of compiling it (~20 ms of its first render, profiled).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, precompileKey } from '../dist/render/load-template.js';

const out = {};
for (const entry of readdirSync('templates', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue;
  const source = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  out[precompileKey(source)] = Handlebars.precompile(source, { ...COMPILE_OPTIONS });
}
writeFileSync('dist/templates.precompiled.json', `${JSON.stringify(out)}\n`);
