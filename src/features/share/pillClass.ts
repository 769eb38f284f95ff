/** The shape every share action takes, so a bar reads as one row of peers. */
export const pillClass =
  'inline-flex min-h-11 items-center gap-2 rounded-full border-thin border-rule px-4 font-sans text-control text-ink transition-colors hover:border-ink hover:bg-surface';

/** A row inside a share menu: full width, a 44 px target, no border of its own. */
export const menuItemClass =
  'flex min-h-11 w-full items-center gap-3 rounded px-3 font-sans text-control text-ink hover:bg-surface';
