// npm run compile, after the bundle: the licence of every library the package ships, in
// dist/vendor/THIRD-PARTY-LICENSES.txt. Most are MIT, BSD or Apache licences, which ask that
// their notice travel with every copy; the bundle holds their code, so the package holds their
// notices. The libraries are read off the bundle itself (esbuild marks each module with its path,
// `// node_modules/<package>/...`), plus the two copied whole into dist/vendor/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bundle = readFileSync('dist/bundle/minutes.cjs', 'latin1');
const dirs = new Set(['node_modules/harfbuzzjs', 'node_modules/@expo-google-fonts/sarabun']);
for (const [, path] of bundle.matchAll(/^\/\/ (node_modules\/\S+)$/gm)) {
  // The deepest node_modules/<name> (or <@scope/name>) is the package the module belongs to.
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match !== null && existsSync(join(match[1], 'package.json'))) dirs.add(match[1]);
}

const sections = [];
for (const dir of [...dirs].sort()) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = readdirSync(dir).filter((name) => /^(licen[cs]e|copying|notice)/i.test(name)).sort();
  const texts = files.map((name) => readFileSync(join(dir, name), 'utf8').trim());
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  const head = `${pkg.name} ${pkg.version} (${pkg.license ?? 'see its package'})`;
  const body = texts.length > 0 ? texts.join('\n\n') : `No licence file in the package; package.json says ${pkg.license}${author ? `, author ${author}` : ''}.`;
  sections.push(`${'='.repeat(78)}\n${head}\n${'='.repeat(78)}\n\n${body}\n`);
}
writeFileSync(
  'dist/vendor/THIRD-PARTY-LICENSES.txt',
  `minutes ships code or files of these ${sections.length} packages (in dist/bundle/minutes.cjs and dist/vendor/).\n\n${sections.join('\n')}`,
);
