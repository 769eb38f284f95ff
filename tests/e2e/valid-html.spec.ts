import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { articles } from '../support/sampleContent';
import { expect, test } from '../support/test';

const dist = path.resolve(import.meta.dirname, '../../dist');

/**
 * html-validate's recommended rules and its document preset (a doctype,
 * heading levels in order, labelled inputs, ids that references point to),
 * except for rules that are opinions about how valid HTML is spelled or about
 * content, never about what the markup means:
 * - void-style, attr-case, attribute-empty-style, attribute-boolean-style:
 *   React serialises `<meta />`, `srcSet`, `dateTime`, `fetchPriority` (HTML
 *   attribute names ignore case), `hidden=""` and `disabled=""`;
 * - doctype-style: Prettier writes index.html's doctype as `<!doctype html>`;
 * - valid-id checks HTML's own rule only, since React's useId ids begin with `_`;
 * - aria-label-misuse accepts a name on any element whose role may be named,
 *   as the standard preset does: a page's lists ("Saved articles", "Tags") are
 *   named so a screen reader can tell them apart;
 * - long-title: an article's title is its headline, which is the editors' call;
 * - require-sri: every script and style is the site's own, under a 'self' CSP.
 */
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended', 'html-validate:document'],
    rules: {
      'void-style': 'off',
      'attr-case': 'off',
      'attribute-empty-style': 'off',
      'attribute-boolean-style': 'off',
      'doctype-style': 'off',
      'valid-id': ['error', { relaxed: true }],
      'aria-label-misuse': ['error', { allowAnyNamable: true }],
      'long-title': 'off',
      'require-sri': 'off',
    },
  }),
);

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

test('every prerendered page is valid HTML', async () => {
  // An empty or half-written dist/ must not pass: every article has its page.
  expect(pages.length).toBeGreaterThan(articles.length);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
    for (const { messages } of report.results) {
      for (const { line, column, ruleId, message } of messages) {
        problems.push(`dist/${page}:${String(line)}:${String(column)} ${message} (${ruleId})`);
      }
    }
  }
  expect(problems).toEqual([]);
});
