/**
 * The one door to Web Storage. Storage can be disabled, full or blocked by
 * privacy settings; every call here fails soft and reports it instead of throwing.
 */
type Area = 'local' | 'session';

function area(name: Area): Storage | null {
  try {
    return name === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readItem(name: Area, key: string): string | null {
  try {
    return area(name)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** True when the value was stored. */
export function writeItem(name: Area, key: string, value: string): boolean {
  try {
    const storage = area(name);
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Whether a write would succeed now: false when storage is disabled or full. */
export function isWritable(name: Area): boolean {
  const probe = 'broadsheet:probe';
  try {
    const storage = area(name);
    if (!storage) return false;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}
