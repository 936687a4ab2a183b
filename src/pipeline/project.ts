// Where a run finds its templates, year data and office configuration.
// An office's own copy in the working directory wins over the copy shipped with the tool,
// so wording and rules can be changed without touching the tool.
import { existsSync } from 'node:fs';
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

function firstExisting(...candidates: string[]): string {
  return candidates.find((c) => existsSync(c)) ?? (candidates[candidates.length - 1] as string);
}

export function findProject(options: ProjectOptions = {}): Project {
  const cwd = options.cwd ?? process.cwd();
  const config = options.configFile ?? join(cwd, 'minutes.config.yaml');
  return {
    templatesDir: options.templatesDir ?? firstExisting(join(cwd, 'templates'), join(PACKAGE_ROOT, 'templates')),
    dataDir: firstExisting(join(cwd, 'data'), join(PACKAGE_ROOT, 'data')),
    configFile: options.configFile !== undefined || existsSync(config) ? config : null,
  };
}
