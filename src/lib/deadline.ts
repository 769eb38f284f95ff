/** A signal for one request that gives up after a time limit, or when its caller gives up. */
export type Deadline = {
  signal: AbortSignal;
  /** True once the time limit, not the caller, aborted the signal. */
  hasExpired: () => boolean;
  /** Stops the timer and lets go of the caller's signal; call it when the request settles. */
  clear: () => void;
};

/**
 * Combines a time limit with the caller's abort signal. Written out rather
 * than with AbortSignal.any and AbortSignal.timeout, which older browsers lack;
 * which of the two fired is kept in a flag, not read from `signal.reason`,
 * because browsers before abort reasons drop the reason.
 */
export function startDeadline(milliseconds: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let hasExpired = false;
  const clear = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', abortWithCaller);
  };
  // The caller's own reason passes on, so its abort still reads as an abort.
  const abortWithCaller = () => {
    clear();
    controller.abort(callerSignal?.reason);
  };
  const timer = setTimeout(() => {
    hasExpired = true;
    clear();
    controller.abort(new DOMException(`No answer within ${String(milliseconds)} ms.`, 'TimeoutError'));
  }, milliseconds);

  if (callerSignal?.aborted) abortWithCaller();
  else callerSignal?.addEventListener('abort', abortWithCaller, { once: true });
  return { signal: controller.signal, hasExpired: () => hasExpired, clear };
}
