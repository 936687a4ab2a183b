// Files editors leave beside the ones they edit, which are no part of a template: Vim's swap
// files (.document.hbs.swp), Emacs' lock links (.#document.hbs, often dangling) and autosaves
// (#document.hbs#), backups (document.hbs~), and the hidden files of the system (.DS_Store).

export function isEditorLitter(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || /\.sw[a-p]$/.test(name) || name.startsWith('~$');
}
