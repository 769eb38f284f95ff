/** An absolute http(s) address with a host and no credentials: the only kind a page may link to or be served from. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/[^/\\]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * A path below the content folder, such as `images/harbour.jpg`. Checked
 * segment by segment after decoding, because browsers read `%2e%2e` as `..`
 * too; the build also resolves it on disk.
 */
export function isContentRelativePath(value: string): boolean {
  if (value === '' || value.startsWith('/') || value.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return false;
  }
  const pathPart = value.split(/[?#]/, 1)[0] ?? '';
  return pathPart.split('/').every((segment) => {
    const decoded = decodeSegment(segment);
    return decoded !== null && decoded !== '.' && decoded !== '..' && !/[/\\]/.test(decoded);
  });
}

/** An origin such as `https://images.example.org`: scheme and host (and port), nothing after. */
export function isWebOrigin(value: string): boolean {
  return isWebAddress(value) && new URL(value).origin === value.replace(/\/$/, '');
}
