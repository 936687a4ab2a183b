// The positioned YAML tree → plain values (strings, arrays, objects) for the schema,
// plus a map from each value's path to where it was written.
import type { Reporter } from '../i18n/reporter.js';
import type { LineIndex } from './line-index.js';
import type { YNode } from './yaml-tree.js';

export type Path = ReadonlyArray<string | number>;

export interface Located {
  /** Where the key was written (mapping values only). */
  keyOffset?: number;
  valueOffset: number;
}

export class PositionMap {
  private readonly byPath = new Map<string, Located>();

  set(path: Path, located: Located): void {
    this.byPath.set(pathKey(path), located);
  }

  get(path: Path): Located | undefined {
    return this.byPath.get(pathKey(path));
  }

  /** Makes what was written at `from` (and under it) known at `to` too: for a key read under its new name. */
  alias(from: Path, to: Path): void {
    const prefix = pathKey(from);
    for (const [key, located] of [...this.byPath]) {
      if (key === prefix || key.startsWith(`${prefix}\u001f`)) this.byPath.set(pathKey(to) + key.slice(prefix.length), located);
    }
  }

  /** The nearest written position for a path: itself, else its closest ancestor. */
  nearest(path: Path): { located: Located; exact: boolean } {
    for (let n = path.length; n >= 0; n--) {
      const found = this.get(path.slice(0, n));
      if (found !== undefined) return { located: found, exact: n === path.length };
    }
    return { located: { valueOffset: 0 }, exact: false };
  }
}

function pathKey(path: Path): string {
  return path.join('\u001f');
}

/** Empty scalars become undefined: a key written with no value counts as missing. */
export function toPlain(root: YNode, lines: LineIndex, reporter: Reporter): { value: unknown; positions: PositionMap } {
  const positions = new PositionMap();

  const walk = (node: YNode, path: Path): unknown => {
    switch (node.kind) {
      case 'scalar':
        return node.empty ? undefined : node.value;
      case 'seq':
        return node.items.map((item, index) => {
          positions.set([...path, index], { valueOffset: item.start });
          return walk(item, [...path, index]);
        });
      case 'map': {
        // No prototype: a key named __proto__ stays data.
        const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        const firstSeen = new Map<string, number>();
        for (const { key, value } of node.entries) {
          const first = firstSeen.get(key.value);
          if (first !== undefined) {
            reporter.error('DUPLICATE_KEY', lines.position(key.start), {
              key: key.value,
              firstLine: lines.position(first).line,
            });
            continue;
          }
          firstSeen.set(key.value, key.start);
          positions.set([...path, key.value], { keyOffset: key.start, valueOffset: value.start });
          object[key.value] = walk(value, [...path, key.value]);
        }
        return object;
      }
    }
  };

  positions.set([], { valueOffset: root.start });
  return { value: walk(root, []), positions };
}
