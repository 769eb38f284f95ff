/**
 * Repository paths that name the same thing on a case-insensitive file system
 * (macOS and Windows by default), where only one of them can exist: a clone
 * there silently loses a file, and the type check with it.
 */

/** Endings an import leaves out: on such a system `./savedTransfer` finds `SavedTransfer.tsx`. */
const IMPLIED_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** One way a file is reached: `key` says which names meet, `path` is what to report. */
type Name = { key: string; spelling: string; path: string };

/** The folders `file` sits in (reported with a trailing `/`), the file, and its import name. */
function namesOf(file: string): Name[] {
  const parts = file.split('/');
  const folders = parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
  const names = [
    ...folders.map((folder) => ({
      key: `path:${folder.toLowerCase()}`,
      spelling: folder,
      path: `${folder}/`,
    })),
    { key: `path:${file.toLowerCase()}`, spelling: file, path: file },
  ];
  const importName = file.replace(IMPLIED_EXTENSION, '');
  if (importName !== file) {
    names.push({ key: `import:${importName.toLowerCase()}`, spelling: importName, path: file });
  }
  return names;
}

/**
 * Every pair of paths (files as `git ls-files` lists them, and the folders
 * they sit in) that are the same when lower-cased, plus every pair of files
 * whose import names are (`savedTransfer.ts` and `SavedTransfer.tsx`: an
 * import without the extension can resolve to either). Sorted, each pair too.
 */
export function caseCollisions(files: readonly string[]): [string, string][] {
  const namesByKey = new Map<string, Name[]>();
  for (const name of files.flatMap(namesOf)) {
    const names = namesByKey.get(name.key) ?? [];
    if (!names.some((known) => known.spelling === name.spelling && known.path === name.path))
      names.push(name);
    namesByKey.set(name.key, names);
  }
  const pairs = new Map<string, [string, string]>();
  for (const names of namesByKey.values()) {
    names.forEach((first, index) => {
      for (const second of names.slice(index + 1)) {
        if (first.spelling === second.spelling) continue;
        const pair: [string, string] =
          first.path < second.path ? [first.path, second.path] : [second.path, first.path];
        pairs.set(pair.join('\n'), pair);
      }
    });
  }
  // Keys are unique, so the comparison never meets two equal ones.
  return [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, pair]) => pair);
}
