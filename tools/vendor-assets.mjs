// npm run compile, before the bundle: the files the command reads at run time from libraries
// that a bundle cannot hold, copied into dist/vendor/, so the package installs with no
// dependencies at all (README, "Installing"): the four Sarabun faces the PDF writer embeds
// (OFL, with its licence) and HarfBuzz's ES module with its WebAssembly (MIT, with its
// licence; an ES module that awaits its wasm at the top level cannot go into a CommonJS
// bundle). The copies are byte for byte those of the locked packages.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vendor = 'dist/vendor';
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

const copies = [];
const sarabun = packageDir('@expo-google-fonts/sarabun');
for (const face of ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic']) {
  copies.push([join(sarabun, face, `Sarabun_${face}.ttf`), join(vendor, 'sarabun', `Sarabun_${face}.ttf`)]);
}
copies.push([join(sarabun, 'LICENSE_FONT'), join(vendor, 'sarabun', 'OFL.txt')]);

// harfbuzzjs's "exports" hides package.json: its folder is found from the module itself.
const harfbuzz = dirname(dirname(require.resolve('harfbuzzjs')));
for (const file of ['index.mjs', 'harfbuzz.js', 'harfbuzz.wasm']) {
  copies.push([join(harfbuzz, 'dist', file), join(vendor, 'harfbuzzjs', file)]);
}
copies.push([join(harfbuzz, 'LICENSE'), join(vendor, 'harfbuzzjs', 'LICENSE')]);

rmSync(vendor, { recursive: true, force: true });
for (const [from, to] of copies) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
// harfbuzz.js is an ES module written as .js: its own package.json says so, wherever it lands.
writeFileSync(join(vendor, 'harfbuzzjs', 'package.json'), `${JSON.stringify({ type: 'module', private: true })}\n`);
