/** A size as a reader reads it: "312 KB", "1.4 MB" (powers of 1,000, as operating systems show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 999_500) return `${String(Math.max(1, Math.round(bytes / 1000)))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
