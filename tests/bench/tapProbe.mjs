// What the responsiveness part watches inside the page. `installTapProbe` runs as an
// init script, before any of the page's own scripts, and only records; `readTapProbe`
// reads what it saw. Both are serialised into the page, so they use nothing from outside.

/**
 * Finds the three controls the way a reader sees them, records a timeline of
 * whether each is in the DOM, looks not ready or shows its effect, every tap
 * (pointerdown: its timestamp is the input's, not the moment it was handled),
 * and the Event Timing entries (the same API INP is built on).
 */
export function installTapProbe() {
  if (window.top !== window) return;
  const shareRegion = () => document.querySelector('section[aria-label="Share this article"]');
  const displayDetails = () =>
    [...document.querySelectorAll('details')].find((details) =>
      details.querySelector('summary')?.textContent?.trim().startsWith('Display'),
    ) ?? null;
  const shareDetails = () => shareRegion()?.querySelector('details') ?? null;
  const controls = {
    save: {
      target: () => shareRegion()?.querySelector('button[aria-pressed]') ?? null,
      hasEffect: (button) => button.getAttribute('aria-pressed') === 'true',
    },
    display: {
      target: () => displayDetails()?.querySelector('summary') ?? null,
      // Open, with its settings in it: an open panel that stays empty did not do what the reader asked.
      hasEffect: (summary) =>
        Boolean(summary.parentElement?.open && summary.parentElement.querySelector('input[name="theme"]')),
    },
    share: {
      target: () => shareDetails()?.querySelector('summary') ?? null,
      hasEffect: (summary) => Boolean(summary.parentElement?.open),
    },
  };
  // "Visibly not ready": the control (or the details it opens) says so, in one of three ways.
  const notReadyOf = (element) => {
    for (const node of [element, element.closest('details')].filter(Boolean)) {
      if (node.disabled || node.hasAttribute('disabled')) return 'disabled';
      if (node.getAttribute('aria-disabled') === 'true') return 'aria-disabled';
      if (node.hasAttribute('data-pending')) return 'data-pending';
    }
    return '';
  };
  const probe = { timeline: { save: [], display: [], share: [] }, taps: [], entries: [] };
  window.__tapProbe = probe;
  probe.describe = (name) => {
    const element = controls[name].target();
    if (!element) return { isPresent: false, notReady: '', hasEffect: false };
    return {
      isPresent: true,
      notReady: notReadyOf(element),
      hasEffect: controls[name].hasEffect(element),
      // A disclosure can open without its contents: worth telling apart from one that stayed shut.
      isOpen: Boolean(element.closest('details')?.open),
    };
  };
  probe.rect = (name) => {
    const rect = controls[name].target()?.getBoundingClientRect();
    return rect && rect.width > 0 ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  };
  const look = () => {
    const at = performance.now();
    for (const name of Object.keys(controls)) {
      const state = probe.describe(name);
      const last = probe.timeline[name].at(-1);
      if (!last || last.isPresent !== state.isPresent || last.notReady !== state.notReady)
        probe.timeline[name].push({ at, ...state });
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled', 'data-pending'],
  });
  window.addEventListener(
    'pointerdown',
    (event) => {
      look();
      // On the control, or on where it is now: hydration may have replaced the node the click landed on.
      const hit = Object.keys(controls).find((name) => {
        const element = controls[name].target();
        if (!element) return false;
        if (event.target instanceof Node && element.contains(event.target)) return true;
        const rect = element.getBoundingClientRect();
        const { clientX: x, clientY: y } = event;
        return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
      });
      const target = event.target instanceof Element ? event.target : null;
      probe.taps.push({
        at: event.timeStamp,
        handledAt: performance.now(),
        hit: hit ?? '',
        landedOn: target
          ? `${target.tagName.toLowerCase()} ${target.textContent?.trim().slice(0, 30) ?? ''}`
          : '',
        x: event.clientX,
        y: event.clientY,
        scrollY: window.scrollY,
      });
    },
    { capture: true },
  );
  const keep = (list) => {
    for (const entry of list.getEntries())
      probe.entries.push({
        name: entry.name,
        startTime: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId ?? 0,
      });
  };
  // Event entries under 16 ms are not reported; the first input always is, whatever its duration.
  new PerformanceObserver(keep).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver(keep).observe({ type: 'first-input', buffered: true });
}

/**
 * For the last tap: its interaction's input-to-next-paint time (the longest
 * of its entries, as INP takes it), the control's state at the tap and now.
 */
export function readTapProbe(name) {
  const probe = window.__tapProbe;
  const tap = probe.taps.at(-1);
  if (!tap) return { error: 'the tap never reached the page' };
  const stateAt = (at) =>
    probe.timeline[name].filter((state) => state.at <= at).at(-1) ?? { isPresent: false, notReady: '' };
  const own = probe.entries.filter((entry) => entry.interactionId > 0 && entry.startTime >= tap.at - 1);
  const interactionId = own.map((entry) => entry.interactionId).sort((a, b) => a - b)[0];
  const durations = own.filter((entry) => entry.interactionId === interactionId).map((e) => e.duration);
  return {
    tapAtMs: tap.at,
    handledAtMs: tap.handledAt,
    hit: tap.hit,
    taps: probe.taps,
    atTap: stateAt(tap.at),
    now: probe.describe(name),
    inpMs: durations.length ? Math.max(...durations) : null,
    hydratedAtMs: Number(document.documentElement.dataset.hydrated),
  };
}
