import type { Plugin } from 'vite';

/** react-router's production build, where its components and contexts are defined. */
const ROUTER_CHUNK = /react-router\/dist\/production\/chunk-[\w-]+\.mjs$/;
/** A top-level component or context: `var Form = React10.forwardRef(`. */
const TOP_LEVEL_CALL = /^(var \w+ = )(React\d*\.(?:forwardRef|createContext)\()/gm;
/** A name for React's developer tools: `Form.displayName = "Form";`. */
const DISPLAY_NAME = /^\w+\.displayName = "[^"]*";$/gm;

/**
 * Lets the bundler drop the parts of react-router this app never renders.
 * Its components are made by top-level `forwardRef` calls and named by
 * `displayName` assignments, which the bundler must keep as possible side
 * effects: so `Form`, `ScrollRestoration` and the framework-mode code they
 * reach stayed in the entry though nothing uses them (about 1.3 KB gzip).
 * Marking the calls pure and leaving out the names (used only by developer
 * tools) makes them ordinary unused code.
 */
export function markRouterPure(code: string): string {
  let calls = 0;
  const marked = code.replace(TOP_LEVEL_CALL, (_match, declaration: string, call: string) => {
    calls += 1;
    return `${declaration}/* @__PURE__ */ ${call}`;
  });
  // A react-router upgrade that renamed these would silently bring the dead code back.
  if (calls === 0)
    throw new Error('routerTreeShakingPlugin: no top-level forwardRef/createContext in react-router');
  return marked.replace(DISPLAY_NAME, '');
}

export function routerTreeShakingPlugin(): Plugin {
  return {
    name: 'broadsheet-router-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!ROUTER_CHUNK.test(id) || !code.includes('forwardRef(')) return null;
      return { code: markRouterPure(code), map: null };
    },
  };
}
