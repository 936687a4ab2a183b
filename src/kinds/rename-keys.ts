// Old key names a kind still reads: the value moves to its new key before validation, its
// positions with it, and a DEPRECATED_KEY warning at the old key names the new one.
import type { LoadedYaml } from '../load/load-yaml.js';
import type { Reporter } from '../i18n/reporter.js';
import type { KeyRename } from './kind.js';

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);

function parentOf(root: unknown, path: ReadonlyArray<string>): Fields | null {
  let current = root;
  for (const key of path.slice(0, -1)) {
    if (!isFields(current) || !Object.hasOwn(current, key)) return null;
    current = current[key];
  }
  return isFields(current) ? current : null;
}

export function renameKeys(source: LoadedYaml, renames: readonly KeyRename[], reporter: Reporter): void {
  // At the old key itself, where the clerk will rename it.
  const at = (path: ReadonlyArray<string>) => {
    const { located } = source.positions.nearest(path);
    return source.lines.position(located.keyOffset ?? located.valueOffset);
  };
  const emptied = new Set<string>();
  for (const { from, to } of renames) {
    const oldParent = parentOf(source.value, from);
    const oldKey = from[from.length - 1] as string;
    if (oldParent === null || !Object.hasOwn(oldParent, oldKey)) continue;
    const newParent = parentOf(source.value, to);
    const newKey = to[to.length - 1] as string;
    const params = { old: from.join('.'), new: to.join('.') };
    if (newParent === null) continue;
    if (Object.hasOwn(newParent, newKey)) {
      reporter.error('DEPRECATED_KEY_TWICE', at(from), params);
      continue;
    }
    reporter.warn('DEPRECATED_KEY', at(from), params);
    newParent[newKey] = oldParent[oldKey];
    delete oldParent[oldKey];
    source.positions.alias(from, to);
    if (from.length > 1) emptied.add(from.slice(0, -1).join('\u001f'));
  }
  // A mapping left empty by the moves (`meeting:` once body, number, year and chair left it) goes too.
  for (const key of emptied) {
    const path = key.split('\u001f');
    const parent = parentOf(source.value, path);
    const last = path[path.length - 1] as string;
    const left = parent?.[last];
    if (parent !== null && isFields(left) && Object.keys(left).length === 0) delete parent[last];
  }
}
