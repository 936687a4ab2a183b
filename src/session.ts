// The state that lives for a process, in one owner. Every cache a stage keeps between documents
// (parsed meetings and year data, compiled templates, fonts, shaped words, source lines for
// messages) is a map of the current session, named for its owner; nothing else keeps state at
// module level. `minutes watch` calls reset() before each round, so a round sees every file as
// it is now, while what comes from the tool itself (its fonts, HarfBuzz, its precompiled
// templates) stays warm. A worker thread has a session of its own.

/** What a map holds: things read from the user's files, or from the tool's own installation. */
export type Scope = 'inputs' | 'tool';

export interface MapOptions<K> {
  /** Default 'inputs': emptied by reset(). A 'tool' map lives as long as the process. */
  scope?: Scope;
  /** For an 'inputs' map: the entries a reset keeps (a font of the tool's own in a map of font files). */
  keep?: (key: K) => boolean;
}

interface Owned {
  map: Map<unknown, unknown>;
  scope: Scope;
  keep: ((key: unknown) => boolean) | undefined;
}

export class Session {
  private readonly maps = new Map<string, Owned>();
  private readonly counts = new Map<string, number>();
  private resets = 0;

  /** The map named `name` (by convention "folder/what"), made on first use. */
  map<K, V>(name: string, options: MapOptions<K> = {}): Map<K, V> {
    let owned = this.maps.get(name);
    if (owned === undefined) {
      owned = { map: new Map(), scope: options.scope ?? 'inputs', keep: options.keep as Owned['keep'] };
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

  /** Forgets everything read from the user's files; the tool's own state stays. */
  reset(): void {
    this.resets++;
    for (const owned of this.maps.values()) {
      if (owned.scope === 'tool') continue;
      if (owned.keep === undefined) owned.map.clear();
      else for (const key of [...owned.map.keys()]) if (!owned.keep(key)) owned.map.delete(key);
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
