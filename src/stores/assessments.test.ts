// The assessments store in two simulated tabs sharing one localStorage. Each tab is its own copy
// of the modules with its own window and sessionStorage; a write in one reaches the others as a
// storage event a moment later, as in a browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage } from './fake-storage.ts';

type Store = typeof import('./assessments.ts');

interface Tab {
  store: Store;
  window: EventTarget & { localStorage: Storage; sessionStorage: Storage };
  run<T>(action: (store: Store) => T): T;
}

/**
 * One browser's localStorage as tabs in separate processes see it: each tab reads its own copy,
 * and hears of another tab's write (its copy updated, then a storage event) a moment later.
 */
function sharedLocalStorage() {
  const { data } = fakeStorage();
  const tabs: { tab: Tab; copy: Map<string, string> }[] = [];
  const notify = (from: Tab | undefined, key: string, newValue: string | null) => {
    for (const { tab, copy } of tabs) {
      if (tab === from) continue;
      setTimeout(() => {
        if (newValue === null) copy.delete(key);
        else copy.set(key, newValue);
        tab.run(() => tab.window.dispatchEvent(Object.assign(new Event('storage'), { key, newValue, storageArea: tab.window.localStorage })));
      }, 5);
    }
  };
  const storageFor = (tab: () => Tab, copy: Map<string, string>) =>
    ({
      get length() {
        return copy.size;
      },
      key: (i: number) => [...copy.keys()][i] ?? null,
      getItem: (k: string) => copy.get(k) ?? null,
      setItem(k: string, v: string) {
        copy.set(k, v);
        data.set(k, v);
        notify(tab(), k, v);
      },
      removeItem(k: string) {
        copy.delete(k);
        data.delete(k);
        notify(tab(), k, null);
      },
      clear: () => copy.clear(),
    }) as Storage;
  return {
    data,
    /** Sets a stored value as another program would, telling every tab. */
    set(key: string, value: string) {
      data.set(key, value);
      notify(undefined, key, value);
    },
    async openTab(): Promise<Tab> {
      const copy = new Map(data);
      const window = Object.assign(new EventTarget(), { localStorage: storageFor(() => tab, copy), sessionStorage: fakeStorage().storage });
      const run = <T>(action: (store: Store) => T): T => {
        const previous = [globalThis.window, globalThis.localStorage, globalThis.sessionStorage] as const;
        Object.assign(globalThis, { window, localStorage: window.localStorage, sessionStorage: window.sessionStorage });
        try {
          return action(tab?.store);
        } finally {
          Object.assign(globalThis, { window: previous[0], localStorage: previous[1], sessionStorage: previous[2] });
        }
      };
      vi.resetModules();
      const tab: Tab = { store: undefined as unknown as Store, window, run };
      tabs.push({ tab, copy });
      // The modules read the window as they load: keep this tab's in place until they have.
      const previous = [globalThis.window, globalThis.localStorage, globalThis.sessionStorage] as const;
      Object.assign(globalThis, { window, localStorage: window.localStorage, sessionStorage: window.sessionStorage });
      try {
        tab.store = await import('./assessments.ts');
      } finally {
        Object.assign(globalThis, { window: previous[0], localStorage: previous[1], sessionStorage: previous[2] });
      }
      // A page that shows the assessment keeps the store mounted.
      run((s) => s.$active.listen(() => undefined));
      return tab;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const firstRelease = JSON.stringify({
  v: 1,
  id: 'a-old',
  place: 'York',
  partnership: '',
  perspective: 'funder',
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  answers: { 's1-existing-trust': { value: 'partly', note: 'first ' }, 's6-future': { value: 'yes', weight: 2 } },
  colour: 'teal',
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the assessments store', () => {
  it('never rewrites a record just because a page opened it', async () => {
    const browser = sharedLocalStorage();
    browser.data.set('cii-guide:assessment:a-old', firstRelease);
    const tab = await browser.openTab();
    expect(tab.run((s) => s.$active.get())?.answers['s1-existing-trust']).toMatchObject({ value: 'partly', note: 'first ' });
    expect(browser.data.get('cii-guide:assessment:a-old')).toBe(firstRelease);
  });

  it('writes a first-release record in the current shape once it is answered in, keeping what it does not know', async () => {
    const browser = sharedLocalStorage();
    browser.data.set('cii-guide:assessment:a-old', firstRelease);
    const tab = await browser.openTab();
    tab.run((s) => s.setAnswer('s1-written-goals', 'yes'));
    const stored = JSON.parse(browser.data.get('cii-guide:assessment:a-old')!);
    expect(stored).toMatchObject({ v: 2, place: 'York', phase: 'commit', colour: 'teal' });
    expect(stored.answers['s1-existing-trust']).toMatchObject({ value: 'partly', note: 'first ' });
    expect(stored.answers['s6-future']).toEqual({ value: 'yes', weight: 2, at: '2026-11-25T09:00:00.000Z' });
    expect(stored.answers['s1-written-goals']).toMatchObject({ value: 'yes' });
  });

  it('keeps both tabs’ typing when they write the same assessment at once', async () => {
    const browser = sharedLocalStorage();
    const a = await browser.openTab();
    const created = a.run((s) => s.createAssessment({ place: 'Leeds', partnership: '', organisation: '', perspective: 'funder' }));
    await settle();
    const b = await browser.openTab();
    expect(b.run((s) => s.$active.get())?.id).toBe(created.id);
    // Both type before either hears of the other.
    for (const text of ['t', 'ty', 'typ', 'typi', 'typin', 'typing']) {
      a.run((s) => s.setNote('s1-a', text));
      b.run((s) => s.setNote('s1-b', `other ${text}`));
    }
    await settle();
    await settle();
    const stored = JSON.parse(browser.data.get(`cii-guide:assessment:${created.id}`)!);
    expect(stored.answers['s1-a'].note).toBe('typing');
    expect(stored.answers['s1-b'].note).toBe('other typing');
    expect(a.run((s) => s.$active.get())?.answers['s1-b']?.note).toBe('other typing');
    expect(b.run((s) => s.$active.get())?.answers['s1-a']?.note).toBe('typing');
  });

  it('keeps each tab on its own assessment when another tab switches', async () => {
    const browser = sharedLocalStorage();
    const a = await browser.openTab();
    const x = a.run((s) => s.createAssessment({ place: 'X', partnership: '', organisation: '', perspective: 'funder' }));
    await settle();
    const b = await browser.openTab();
    expect(b.run((s) => s.$active.get())?.id).toBe(x.id);
    a.run((s) => s.createAssessment({ place: 'Y', partnership: '', organisation: '', perspective: 'funder' }));
    await settle();
    b.run((s) => s.setNote('s1-a', 'still X'));
    await settle();
    expect(b.run((s) => s.$active.get())?.place).toBe('X');
    expect(JSON.parse(browser.data.get(`cii-guide:assessment:${x.id}`)!).answers['s1-a'].note).toBe('still X');
    // A tab opened now starts on the one last chosen.
    const c = await browser.openTab();
    expect(c.run((s) => s.$active.get())?.place).toBe('Y');
  });

  it('keeps the assessment on screen, unsaved, when another tab deletes it, and can restore it', async () => {
    const browser = sharedLocalStorage();
    const a = await browser.openTab();
    const x = a.run((s) => s.createAssessment({ place: 'X', partnership: '', organisation: '', perspective: 'funder' }));
    a.run((s) => s.createAssessment({ place: 'Y', partnership: '', organisation: '', perspective: 'funder' }));
    a.run((s) => s.selectAssessment(x.id));
    await settle();
    const b = await browser.openTab();
    b.run((s) => s.setNote('s1-a', 'half a'));
    await settle();
    a.run((s) => s.deleteAssessment(x.id));
    await settle();
    b.run((s) => s.setNote('s1-a', 'half a sentence'));
    expect(b.run((s) => s.$active.get())).toMatchObject({ place: 'X', answers: { 's1-a': { note: 'half a sentence' } } });
    expect(b.run((s) => s.$orphan.get())?.id).toBe(x.id);
    expect(browser.data.has(`cii-guide:assessment:${x.id}`)).toBe(false);
    const y = [...browser.data.entries()].find(([key, value]) => key.startsWith('cii-guide:assessment:') && value.includes('"Y"'))!;
    expect(y[1]).not.toContain('half a');
    b.run((s) => s.restoreOrphan());
    expect(JSON.parse(browser.data.get(`cii-guide:assessment:${x.id}`)!).answers['s1-a'].note).toBe('half a sentence');
  });

  it('never writes over a record another tab wrote in a newer version', async () => {
    const browser = sharedLocalStorage();
    const a = await browser.openTab();
    const x = a.run((s) => s.createAssessment({ place: 'X', partnership: '', organisation: '', perspective: 'funder' }));
    const newer = JSON.stringify({ v: 99, id: x.id, whatever: true });
    browser.set(`cii-guide:assessment:${x.id}`, newer);
    await settle();
    expect(a.run((s) => s.$storageProblems.get()).newer).toEqual([x.id]);
    a.run((s) => s.setAnswer('s1-a', 'yes'));
    expect(browser.data.get(`cii-guide:assessment:${x.id}`)).toBe(newer);
  });

  it('keeps every damaged copy of a record, each under its own backup key', async () => {
    const browser = sharedLocalStorage();
    browser.data.set('cii-guide:assessment:a-1', '{"v":2,"id":"a-1","pla');
    const a = await browser.openTab();
    expect(a.run((s) => s.backupDamaged('a-1', '{"v":2,"id":"a-1","pla'))).toBe(true);
    expect(a.run((s) => s.setAsideDamaged('a-1'))).toBe(true);
    browser.data.set('cii-guide:assessment:a-1', 'second damaged text');
    const b = await browser.openTab();
    expect(b.run((s) => s.setAsideDamaged('a-1'))).toBe(true);
    expect(browser.data.get('cii-guide:backup:a-1')).toBe('{"v":2,"id":"a-1","pla');
    expect(browser.data.get('cii-guide:backup:a-1:2')).toBe('second damaged text');
    expect(browser.data.has('cii-guide:assessment:a-1')).toBe(false);
  });
});
