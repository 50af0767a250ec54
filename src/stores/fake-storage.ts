// A Storage for unit tests that holds a few values and can be told to refuse reads or writes.

/** A fake localStorage with its data, refusing reads or writes when asked. */
export function fakeStorage(refuse: { write?: 'quota' | 'security'; read?: boolean } = {}) {
  const data = new Map<string, string>();
  const guardRead = () => {
    if (refuse.read) throw new DOMException('no', 'SecurityError');
  };
  const storage = {
    get length() {
      guardRead();
      return data.size;
    },
    key: (i: number) => (guardRead(), [...data.keys()][i] ?? null),
    getItem: (k: string) => (guardRead(), data.get(k) ?? null),
    setItem(k: string, v: string) {
      if (refuse.write === 'quota') throw new DOMException('full', 'QuotaExceededError');
      if (refuse.write === 'security') throw new DOMException('no', 'SecurityError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  } as Storage;
  return { data, storage };
}
