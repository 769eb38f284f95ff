/**
 * The authors an article names that site.json does not define, read from the
 * raw data (like its section), so they are reported together with any other
 * problem in the file: `articles/x.json: authors[0]: unknown author "kim", …`.
 */
export function unknownAuthors(label: string, data: unknown, authorIds: ReadonlySet<string>): string[] {
  if (data === null || typeof data !== 'object') return [];
  const named: unknown = Reflect.get(data, 'authors');
  if (!Array.isArray(named)) return [];
  // Spelled out only for an unknown author: 100,000 valid articles would each join the list for nothing.
  const expected = () =>
    authorIds.size > 0
      ? `expected one of ${[...authorIds].join(', ')}`
      : 'site.json defines no authors: add them under "authors" as { "id", "name" }';
  return named.flatMap((id: unknown, index) =>
    typeof id === 'string' && !authorIds.has(id)
      ? [`${label}: authors[${String(index)}]: unknown author "${id}", ${expected()}`]
      : [],
  );
}
