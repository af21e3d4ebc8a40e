// The two ways this page can bring a person's rows onto the device, each timed from its start
// to the rows committed in IndexedDB. Both begin with an empty IndexedDB and fetch the same
// pull response from the backend; the bench calls them with page.evaluate.

const until = (client, query, ready) =>
  new Promise((resolve) => {
    let stop = null;
    let done = false;
    client
      .watch(query, {}, (result) => {
        if (done || !ready(result)) return;
        done = true;
        stop?.();
        resolve(result);
      })
      .then((unsubscribe) => (done ? unsubscribe() : (stop = unsubscribe)));
  });

/** The SDK: Sightline.init, then wait until the first pull has been applied to its IndexedDB store. */
window.sightlineSync = async (token) => {
  const start = performance.now();
  const client = await window.Sightline.init({ endpoint: location.origin, token });
  await until(client, 'sync', (state) => state.lastSyncedAt !== null);
  return performance.now() - start;
};

const request = (req) =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** The same pull, page after page (a reset arrives in pages), every table's rows gathered. */
async function pullAllPages(token) {
  const clientId = crypto.randomUUID();
  const changes = {};
  for (let cursor = null, more = true; more; ) {
    const query = `clientId=${clientId}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const page = await (await fetch(`/v1/sync/pull?${query}`, { headers: { authorization: `Bearer ${token}` } })).json();
    for (const [table, { upserts }] of Object.entries(page.changes)) (changes[table] ??= { upserts: [] }).upserts.push(...upserts);
    [cursor, more] = [page.cursor, page.more === true];
  }
  return changes;
}

/** The floor: fetch the same pull, then one transaction with a put per row, one object store per table. */
window.rawSync = async (token) => {
  const start = performance.now();
  const changes = await pullAllPages(token);
  const tables = Object.keys(changes);
  const open = indexedDB.open('raw-initial-sync', 1);
  open.onupgradeneeded = () => tables.forEach((table) => open.result.createObjectStore(table, { keyPath: 'id' }));
  const db = await request(open);
  const tx = db.transaction(tables, 'readwrite');
  for (const table of tables) {
    const store = tx.objectStore(table);
    for (const row of changes[table].upserts) store.put(row);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
  db.close();
  return performance.now() - start;
};

/** Rows per object store of every database on this origin, to check both paths stored everything. */
window.storedRows = async () => {
  const counts = {};
  for (const { name } of await indexedDB.databases()) {
    const db = await request(indexedDB.open(name));
    const stores = [...db.objectStoreNames];
    if (stores.length) {
      const tx = db.transaction(stores, 'readonly');
      for (const store of stores) counts[`${name}/${store}`] = await request(tx.objectStore(store).count());
    }
    db.close();
  }
  return counts;
};

/** Empties IndexedDB (call it on a freshly loaded page), so a run starts like a new device. */
window.resetDevice = async () => {
  for (const { name } of await indexedDB.databases()) await request(indexedDB.deleteDatabase(name));
};
