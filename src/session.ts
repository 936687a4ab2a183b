// The state that lives for a process, in one owner. Every cache a stage keeps between documents
// (parsed meetings and year data, compiled templates, fonts, shaped words, source lines for
// messages) is a map of the current session, named for its owner; nothing else keeps state at
// module level. `minutes watch` resets it before each round with the files that changed, so a
// round sees every file as it is now: an entry made from a changed file, or from a file the watch
// does not watch (which may have changed unheard), is dropped; the others (the year data, the
// compiled templates, the office's configuration and fonts, when their files did not change) stay
// warm, as does what comes from the tool itself (its fonts, HarfBuzz, its precompiled templates).
// A worker thread has a session of its own.
import { isAbsolute } from 'node:path';
import { isInside } from './load/resolve-path.js';

/** What a map holds: things read from the user's files, or from the tool's own installation. */
export type Scope = 'inputs' | 'tool';

export interface MapOptions<K, V = unknown> {
  /** Default 'inputs': emptied by reset(). A 'tool' map lives as long as the process. */
  scope?: Scope;
  /** For an 'inputs' map: the entries a reset keeps (a font of the tool's own in a map of font files). */
  keep?: (key: K) => boolean;
  /**
   * For an 'inputs' map: the files (or folders) an entry was made from, for a reset that names
   * the files that changed. By default the key itself when it is an absolute path (the part
   * before a NUL, which keys use to add what else they depend on, like a language); an entry
   * with no files named is dropped by every reset.
   */
  files?: (key: K, value: V) => readonly string[];
}

/** What changed since the last reset, as a watch knows it. */
export interface Changes {
  /** The files and folders that changed (a folder: anything under it may have). */
  paths: Iterable<string>;
  /** Whether a change to this file would be among `paths`: it is watched. */
  watched: (path: string) => boolean;
}

interface Owned {
  map: Map<unknown, unknown>;
  scope: Scope;
  keep: ((key: unknown) => boolean) | undefined;
  files: (key: unknown, value: unknown) => readonly string[];
}

/** The key's own path, when it is one. */
function keyFiles(key: unknown): readonly string[] {
  if (typeof key !== 'string') return [];
  const path = key.split('\u0000')[0] as string;
  return isAbsolute(path) ? [path] : [];
}

/** The changes of a watch of `targets` (files and folders): plain data, so a worker thread can be told them too. */
export interface WatchChanges {
  paths: string[];
  targets: string[];
}

export function changesOf({ paths, targets }: WatchChanges): Changes {
  return { paths, watched: (path) => targets.some((target) => isInside(target, path)) };
}

export class Session {
  private readonly maps = new Map<string, Owned>();
  private readonly counts = new Map<string, number>();
  private resets = 0;

  /** The map named `name` (by convention "folder/what"), made on first use. */
  map<K, V>(name: string, options: MapOptions<K, V> = {}): Map<K, V> {
    let owned = this.maps.get(name);
    if (owned === undefined) {
      owned = { map: new Map(), scope: options.scope ?? 'inputs', keep: options.keep as Owned['keep'], files: (options.files ?? keyFiles) as Owned['files'] };
      this.maps.set(name, owned);
    }
    return owned.map as Map<K, V>;
  }

  /** One value made once per session (or per process, for scope 'tool'), like a map of one entry. */
  value<T>(name: string, make: () => T, scope: Scope = 'inputs'): T {
    const map = this.map<'value', T>(name, { scope });
    if (!map.has('value')) map.set('value', make());
    return map.get('value') as T;
  }

  /**
   * Forgets what was read from the user's files; the tool's own state stays. With `changes`, only
   * what may be out of date: an entry made from a file (or from under a folder) that changed, from
   * a file inside a folder that changed, or from a file that is not watched, or that names no files.
   */
  reset(changes?: Changes): void {
    this.resets++;
    const changed = changes === undefined ? [] : [...changes.paths];
    const stale = (files: readonly string[]) =>
      files.length === 0 || files.some((file) => !changes?.watched(file) || changed.some((path) => isInside(path, file) || isInside(file, path)));
    for (const owned of this.maps.values()) {
      if (owned.scope === 'tool') continue;
      if (owned.keep === undefined && changes === undefined) {
        owned.map.clear();
        continue;
      }
      for (const [key, value] of [...owned.map]) {
        if (owned.keep?.(key) === true) continue;
        if (changes === undefined || stale(owned.files(key, value))) owned.map.delete(key);
      }
    }
    this.counts.clear();
  }

  /** How many resets this session has had: a cache keyed on it knows when to start again. */
  get generation(): number {
    return this.resets;
  }

  /**
   * Counts a unit of work under `name` (files listed, candidates compared): tests prove an
   * algorithm's growth with these counts instead of with time.
   */
  count(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }

  counted(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** The names and sizes of the maps, for a test or a debugging session. */
  sizes(): Record<string, number> {
    return Object.fromEntries([...this.maps].map(([name, owned]) => [name, owned.map.size]));
  }
}

const current = new Session();

/** The process's session (each worker thread has its own). */
export function session(): Session {
  return current;
}
