// Load a YAML file and validate it against a schema, reporting into the given reporter.
import type { z } from 'zod';
import type { Reporter } from '../i18n/reporter.js';
import { loadYamlFile, type LoadedYaml } from '../load/load-yaml.js';
import { validateWith } from './validate.js';

export interface Validated<T> {
  value: T;
  loaded: LoadedYaml;
}

export function validateFile<S extends z.ZodType>(path: string, schema: S, reporter: Reporter): Validated<z.output<S>> | null {
  const loaded = loadYamlFile(path, reporter);
  if (loaded === null) return null;
  const value = validateWith(schema, loaded.value, loaded, reporter);
  return value === null ? null : { value, loaded };
}
