// A character trie of dictionary words: which words start at an offset of a text, in one walk
// bounded by the longest word, so segmenting stays linear in the text's length.

export interface WordTrie {
  /** Children by UTF-16 code unit; `end` marks a whole word. */
  next: Map<number, WordTrie>;
  end: boolean;
}

export function buildTrie(words: Iterable<string>): WordTrie {
  const root: WordTrie = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(c, child);
      }
      node = child;
    }
    if (word.length > 0) node.end = true;
  }
  return root;
}

/** End offsets of every word of `trie` that starts at `start` in `text`, shortest first. */
export function wordEndsAt(trie: WordTrie, text: string, start: number): number[] {
  const ends: number[] = [];
  let node: WordTrie | undefined = trie;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node === undefined) break;
    if (node.end) ends.push(i + 1);
  }
  return ends;
}
