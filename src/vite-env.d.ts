/// <reference types="vite/client" />

// Declaration merging with Vite's own ImportMetaEnv needs an interface.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMetaEnv {
  /** Where the content JSON is served from; defaults to `/content`. */
  readonly VITE_CONTENT_BASE?: string;
}
