// The installed package carries no dependencies: the font files and HarfBuzz it reads at run time
// are copied beside its bundle, into dist/vendor/ (tools/vendor-assets.mjs). From the sources
// (tests, the compiled modules) there is no such folder and the libraries come from node_modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shipped copy of `path` (relative to dist/vendor/) when this code runs from the bundle,
 * dist/bundle/minutes.cjs, whose import.meta.url is the bundle's; otherwise undefined.
 */
export function vendoredFile(path: string): string | undefined {
  const file = fileURLToPath(new URL(`../vendor/${path}`, import.meta.url));
  return existsSync(file) ? file : undefined;
}
