/**
 * The code of a page could not be fetched. For the reader it is the same
 * lost connection as a failed content request, and as worth another try.
 */
export class ChunkLoadError extends Error {
  constructor(
    readonly source: string,
    cause: unknown,
  ) {
    super(
      `Could not load the code for ${source}: ${cause instanceof Error ? cause.message : String(cause)}.`,
      { cause },
    );
    this.name = 'ChunkLoadError';
  }
}
