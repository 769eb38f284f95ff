// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markRouterPure } from './routerTreeShakingPlugin';

const routerDir = path.resolve(import.meta.dirname, '../../node_modules/react-router/dist/production');

describe('markRouterPure', () => {
  it('marks top-level components and contexts pure and drops their display names', () => {
    const code = [
      'var Form = React10.forwardRef(function Form() {});',
      'Form.displayName = "Form";',
      'var RouteContext = React.createContext(null);',
      'RouteContext.displayName = "Route";',
      'function inner() { let Nested = React.forwardRef(() => null); }',
    ].join('\n');
    expect(markRouterPure(code)).toBe(
      [
        'var Form = /* @__PURE__ */ React10.forwardRef(function Form() {});',
        '',
        'var RouteContext = /* @__PURE__ */ React.createContext(null);',
        '',
        'function inner() { let Nested = React.forwardRef(() => null); }',
      ].join('\n'),
    );
  });

  it('recognises the installed react-router: its Link, Form and contexts are marked', () => {
    const chunk = readdirSync(routerDir)
      .filter((name) => /^chunk-[\w-]+\.mjs$/.test(name))
      .map((name) => readFileSync(path.join(routerDir, name), 'utf8'))
      .find((code) => code.includes('var Form = '));
    expect(chunk).toBeDefined();
    const marked = markRouterPure(chunk ?? '');
    for (const name of ['Link', 'NavLink', 'Form', 'RouteContext', 'LocationContext'])
      expect(marked).toMatch(new RegExp(`var ${name} = /\\* @__PURE__ \\*/ React\\d*\\.`));
    expect(marked).not.toMatch(/^Form\.displayName/m);
  });

  it('fails loudly when react-router no longer looks as expected', () => {
    expect(() => markRouterPure('export const Link = memo(() => null);')).toThrow(/react-router/);
  });
});
