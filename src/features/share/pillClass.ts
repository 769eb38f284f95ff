/** The shape every share action takes, so the bar reads as one row of peers. */
export const pillClass =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 font-sans text-sm font-semibold text-ink transition-colors hover:border-ink hover:bg-surface';
