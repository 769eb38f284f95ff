import { isWritable, readItem, writeItem } from './storage';

/**
 * A small external store kept in localStorage under a versioned envelope
 * `{ version, data }`, for useSyncExternalStore. What it promises:
 * - older versions are migrated step by step on read;
 * - a value it cannot read is set aside under `{key}:corrupt:{time}`, never thrown away;
 * - full, blocked or disabled storage keeps the app working in memory and says so;
 * - tabs stay in sync through the `storage` event, and because `merge` is a join
 *   (order-free, idempotent) two tabs writing at once both keep their changes.
 */
export type StoreHealth =
  { kind: 'ok' } | { kind: 'unavailable' } | { kind: 'recovered'; corruptKey: string | null; reason: string };

export type StoreSnapshot<T> = { data: T; health: StoreHealth };

export type StoreDefinition<T> = {
  key: string;
  version: number;
  initial: () => T;
  /** Checks stored data of the current version; returns null when it does not fit. */
  parse: (data: unknown) => T | null;
  /** `migrations[v]` turns data of version v into version v + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  merge: (local: T, remote: T) => T;
  /** Drops what is no longer needed (old tombstones, entries past a cap) before writing. */
  compact?: (data: T) => T;
};

export type PersistentStore<T> = {
  getSnapshot: () => StoreSnapshot<T>;
  /** The initial state, for server rendering and hydration. */
  getServerSnapshot: () => StoreSnapshot<T>;
  subscribe: (listener: () => void) => () => void;
  update: (change: (data: T) => T) => void;
  /** The reader has seen the recovery notice. */
  acknowledgeRecovery: () => void;
};

type ReadResult<T> =
  | { kind: 'empty' }
  | { kind: 'value'; data: T }
  | { kind: 'corrupt'; raw: string; reason: string; isNewer?: boolean };

function decode<T>(definition: StoreDefinition<T>, raw: string | null): ReadResult<T> {
  if (raw === null) return { kind: 'empty' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'it is not valid JSON' };
  }
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    !('version' in envelope) ||
    !('data' in envelope)
  ) {
    return { kind: 'corrupt', raw, reason: 'it is not in a format this site wrote' };
  }
  const { version } = envelope;
  let { data } = envelope;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'corrupt', raw, reason: 'its format version is unknown' };
  }
  if (version > definition.version) {
    return {
      kind: 'corrupt',
      raw,
      reason: `it was written by a newer version of the site (format ${String(version)})`,
      isNewer: true,
    };
  }
  for (let step = version; step < definition.version; step += 1) {
    const migrate = definition.migrations?.[step];
    if (!migrate) return { kind: 'corrupt', raw, reason: `format ${String(step)} cannot be upgraded` };
    data = migrate(data);
  }
  const parsed = definition.parse(data);
  return parsed === null
    ? { kind: 'corrupt', raw, reason: 'its contents do not fit the format' }
    : { kind: 'value', data: parsed };
}

export function createPersistentStore<T>(definition: StoreDefinition<T>): PersistentStore<T> {
  const listeners = new Set<() => void>();
  let snapshot: StoreSnapshot<T> | null = null;

  const encode = (data: T) => JSON.stringify({ version: definition.version, data });
  const publish = (next: StoreSnapshot<T>) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  /** Writes `data` and returns the health that follows from it. */
  const persist = (data: T, health: StoreHealth): StoreHealth => {
    const written = writeItem('local', definition.key, encode(definition.compact?.(data) ?? data));
    if (!written) return { kind: 'unavailable' };
    return health.kind === 'unavailable' ? { kind: 'ok' } : health;
  };

  const load = (): StoreSnapshot<T> => {
    const result = decode(definition, readItem('local', definition.key));
    const writable: StoreHealth = isWritable('local') ? { kind: 'ok' } : { kind: 'unavailable' };
    if (result.kind === 'value') return { data: result.data, health: writable };
    if (result.kind === 'empty') return { data: definition.initial(), health: writable };
    const corruptKey = `${definition.key}:corrupt:${String(Date.now())}`;
    const keptAside = writeItem('local', corruptKey, result.raw);
    const data = definition.initial();
    const recovered: StoreHealth = {
      kind: 'recovered',
      corruptKey: keptAside ? corruptKey : null,
      reason: result.reason,
    };
    // A newer site's data stays where it is until the reader changes something here.
    if (result.isNewer) return { data, health: recovered };
    return { data, health: persist(data, recovered) };
  };

  const current = () => (snapshot ??= load());

  const handleStorage = (event: StorageEvent) => {
    if (event.key !== definition.key || event.storageArea !== window.localStorage) return;
    const remote = decode(definition, event.newValue);
    if (remote.kind !== 'value') return;
    const { data, health } = current();
    const merged = definition.merge(data, remote.data);
    // The other tab did not know about our changes: write the union back so neither is lost.
    const nextHealth = encode(merged) === event.newValue ? health : persist(merged, health);
    publish({ data: merged, health: nextHealth });
  };

  const serverSnapshot: StoreSnapshot<T> = { data: definition.initial(), health: { kind: 'ok' } };

  return {
    getSnapshot: current,
    getServerSnapshot: () => serverSnapshot,
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('storage', handleStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', handleStorage);
      };
    },
    update(change) {
      const { data, health } = current();
      // Another tab may have written since our last storage event: start from the union.
      const stored = decode(definition, readItem('local', definition.key));
      const base = stored.kind === 'value' ? definition.merge(data, stored.data) : data;
      const next = change(base);
      publish({ data: next, health: persist(next, health) });
    },
    acknowledgeRecovery() {
      const { data, health } = current();
      if (health.kind === 'recovered') publish({ data, health: { kind: 'ok' } });
    },
  };
}
