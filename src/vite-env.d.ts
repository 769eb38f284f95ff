/// <reference types="vite/client" />

// Declaration merging with Vite's own ImportMetaEnv needs an interface.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMetaEnv {
  /** Where the content JSON is served from, when not `content/` below the base path (BROADSHEET_CONTENT_BASE). */
  readonly BROADSHEET_CONTENT_BASE?: string;
}
