/** `?page=` must be a whole number from 1; anything else is not a page of a listing. */
export function parsePageParam(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}
