import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Debian's Python, whose dist-packages hold python3-feedparser (a python3
 * earlier on PATH, such as a pyenv shim, may not see it); FEEDPARSER_PYTHON
 * overrides it.
 */
const python = process.env.FEEDPARSER_PYTHON ?? '/usr/bin/python3';
const FEEDPARSER_SCRIPT = `
import json, sys
import feedparser
results = []
for url in sys.argv[1:]:
    feed = feedparser.parse(url)
    results.append({
        "url": url,
        "status": feed.get("status"),
        "bozo": repr(feed.bozo_exception) if feed.bozo else "",
        "entries": len(feed.entries),
    })
print(json.dumps(results))
`;

export type FeedparserResult = { url: string; status: number | null; bozo: string; entries: number };

/** Reads each feed over HTTP as Python's feedparser does; throws saying what to install if it cannot run. */
export async function readWithFeedparser(urls: string[]): Promise<FeedparserResult[]> {
  const install = 'install it with `apt-get install python3-feedparser` (or set FEEDPARSER_PYTHON)';
  try {
    const { stdout } = await promisify(execFile)(python, ['-c', FEEDPARSER_SCRIPT, ...urls], {
      timeout: 60_000,
    });
    return JSON.parse(stdout) as FeedparserResult[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (detail.includes('ENOENT')) throw new Error(`${python} is missing; ${install}`, { cause: error });
    if (/No module named .?feedparser/.test(detail)) {
      throw new Error(`${python} has no feedparser; ${install}`, { cause: error });
    }
    throw error;
  }
}
