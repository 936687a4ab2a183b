// Where a run finds its templates, year data and office configuration.
// An office's own copy in the working directory wins over the copy shipped with the tool,
// so wording and rules can be changed without touching the tool.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tool's own folder (the one holding package.json). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Project {
  templatesDir: string;
  dataDir: string;
  configFile: string | null;
}

export interface ProjectOptions {
  cwd?: string;
  templatesDir?: string;
  configFile?: string;
}

/**
 * An office's own folder replaces the shipped one once it holds something: `minutes init` makes
 * templates/ and data/ holding only a README.md that explains how to fill them.
 */
function overrideOr(own: string, shipped: string): string {
  if (!existsSync(own)) return shipped;
  try {
    return readdirSync(own).some((name) => name !== 'README.md' && !name.startsWith('.')) ? own : shipped;
  } catch {
    return own;
  }
}

export function findProject(options: ProjectOptions = {}): Project {
  const cwd = options.cwd ?? process.cwd();
  const config = options.configFile ?? join(cwd, 'minutes.config.yaml');
  return {
    templatesDir: options.templatesDir ?? overrideOr(join(cwd, 'templates'), join(PACKAGE_ROOT, 'templates')),
    dataDir: overrideOr(join(cwd, 'data'), join(PACKAGE_ROOT, 'data')),
    configFile: options.configFile !== undefined || existsSync(config) ? config : null,
  };
}
