// The builds the end-to-end tests serve besides dist/, and their ports. Each
// is the sample content built the way a publisher would for that host.
const sitePort = Number(process.env.E2E_PORT ?? 4173);

export const ports = {
  /** dist/, the plain build at the root. */
  site: sitePort,
  /** The sample site published under a path, as a GitHub Pages project site is. */
  subPath: sitePort + 1,
  /** A build that reads its content from the content server below. */
  crossOriginSite: sitePort + 2,
  /** A second server, with CORS, holding the cross-origin build's content. */
  contentServer: sitePort + 3,
  /** dist/ again, from a server that sends no security headers at all. */
  headerless: sitePort + 4,
};

export const SUB_PATH_SITE_URL = 'https://example.github.io/broadsheet/';

/** The content server's address as the cross-origin build fetches it. */
export const contentServerBase = `http://127.0.0.1:${String(ports.contentServer)}/content`;

/**
 * A second origin for pictures: the same server by another name, which the
 * cross-origin build declares in site.json imageOrigins and dist/ does not.
 */
export const imageServerOrigin = `http://localhost:${String(ports.contentServer)}`;

/** The article whose hero image the cross-origin build takes from the image origin. */
export const EXTERNAL_IMAGE_ARTICLE = 'jikji-movable-type';

/** Where the variant builds go (ignored by git). */
export const variantsDir = new URL('../../.e2e-builds/', import.meta.url).pathname;
