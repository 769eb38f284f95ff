import * as v from 'valibot';
import { slugify } from './slugify.ts';
import { nonEmptyTextSchema as nonEmptyText, slugSchema } from './fieldSchemas.ts';

// Topics and authors in the contract: what site.json may say of them and how
// an article names them. Their own module, so the article page's entry script
// carries none of it (the tag links need only slugify).

/** A topic as site.json may describe it; a topic it does not describe takes its title from the tag. */
export const topicSchema = v.object({
  id: slugSchema,
  title: nonEmptyText,
  description: v.optional(nonEmptyText),
});

/** A writer, named by id in an article's `authors`. */
export const authorSchema = v.object({
  id: slugSchema,
  name: nonEmptyText,
  role: v.optional(nonEmptyText),
  bio: v.optional(nonEmptyText),
});

/**
 * A tag as a publisher writes it ("North Korea"); it must give a topic id by
 * the slug rule, as its topic page's address is made of it.
 */
export const tagSchema = v.pipe(
  nonEmptyText,
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed && slugify(dataset.value) === undefined) {
      addIssue({
        message:
          `"${dataset.value}" gives no topic id: a tag needs a letter a–z or a digit ` +
          '(accents are dropped, so "Café" gives "cafe"); write it in Latin letters, or drop it',
      });
    }
  }),
);

/** The authors an article names: ids, at least one, each once. */
export const articleAuthorsSchema = v.pipe(
  v.array(slugSchema),
  v.nonEmpty('expected at least one author id'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const ids = dataset.value;
    ids.forEach((id, index) => {
      const first = ids.indexOf(id);
      if (first === index) return;
      addIssue({
        message: `author "${id}" is named twice, also authors[${String(first)}]`,
        path: [{ type: 'array', origin: 'value', input: ids, key: index, value: id }],
      });
    });
  }),
);

/** Problems with a list of site.json entries that must have one id each: `topics[2].id: duplicate …`. */
export function duplicateIdCheck<T extends Partial<Record<K, readonly { id: string }[]>>, K extends string>(
  key: K,
  noun: string,
) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const site = dataset.value;
    const entries = site[key] ?? [];
    const firstIndex = new Map<string, number>();
    entries.forEach((entry, index) => {
      const first = firstIndex.get(entry.id);
      if (first === undefined) {
        firstIndex.set(entry.id, index);
        return;
      }
      addIssue({
        message: `duplicate ${noun} id "${entry.id}", also ${key}[${String(first)}]`,
        path: [
          { type: 'object', origin: 'value', input: site, key, value: entries },
          { type: 'array', origin: 'value', input: entries, key: index, value: entry },
          { type: 'object', origin: 'value', input: entry, key: 'id', value: entry.id },
        ],
      });
    });
  });
}

export type Topic = v.InferOutput<typeof topicSchema>;
export type Author = v.InferOutput<typeof authorSchema>;
