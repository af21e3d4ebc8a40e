/**
 * Sync at org scale (issue #12) on a generated org (bench/large-org), PostgreSQL when
 * DATABASE_URL is set, else PGlite in memory. `--people N` (or SIGHTLINE_BENCH_PEOPLE) picks
 * the head count; the other sizes keep the issue's ratios. Prints:
 *   - a member's and a people admin's initial sync: rows, pages, JSON and gzip bytes on the
 *     wire; for the member also the time to apply the pages to the SDK's store (Dexie over
 *     fake-indexeddb in Node) beside the raw baseline: the same rows put into a bare
 *     IndexedDB, one transaction, a put per row;
 *   - server heap growth during the largest reset (the admin's): the live heap (after a full GC)
 *     while a response and its JSON are held, paged as now beside one unpaged response as before;
 *   - a team move: how many people reset now beside before (the whole org).
 */
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { PeopleImport, importPeople, personPrincipal, pullChanges, type Principal } from '@sightline/backend';
import { uuidv7, type PullResponse } from '@sightline/sdk/model';
import { SightlineDb, applyPull } from '@sightline/sdk/store';
import { backends } from './push-ingest/backends';
import { generateLargeOrg, type LargeOrg } from './large-org/generate';
import { peopleFromArgs, scaledTo } from './large-org/size';
import { TablePrinter, formatCount, formatMs, formatRatio } from './lib/table';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapNow = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const people = peopleFromArgs(process.argv.slice(2), process.env, 10_000);
const backend = backends(process.env).at(-1)!;
const { database, close } = await backend.open();

interface Reset {
  rows: number;
  pages: number;
  jsonBytes: number;
  gzipBytes: number;
  serverMs: number;
  peakHeapGrowth: number;
}

/** A reset from no cursor, page after page as a client would fetch them, each handed to `onPage`. */
async function readReset(principal: Principal, onPage: (page: PullResponse) => Promise<void> = async () => {}, unpaged = false): Promise<Reset> {
  let lowest = heapNow();
  let highest = lowest;
  const reset: Reset = { rows: 0, pages: 0, jsonBytes: 0, gzipBytes: 0, serverMs: 0, peakHeapGrowth: 0 };
  const limits = unpaged ? { maxRows: Number.MAX_SAFE_INTEGER, maxBytes: Number.POSITIVE_INFINITY } : undefined;
  for (let cursor: string | undefined, more = true; more; ) {
    const t0 = performance.now();
    const page = await pullChanges(database.db, principal, { clientId: uuidv7(), cursor }, limits);
    const json = JSON.stringify(page);
    const gzip = gzipSync(json).length;
    reset.serverMs += performance.now() - t0;
    // What the server holds for this response (the rows and their JSON), garbage collected first;
    // measured from the lowest heap seen, so memory freed meanwhile cannot hide any growth.
    const heap = heapNow();
    [lowest, highest] = [Math.min(lowest, heap), Math.max(highest, heap)];
    reset.peakHeapGrowth = highest - lowest;
    reset.pages++;
    reset.rows += Object.values(page.changes).reduce((n, c) => n + c.upserts.length, 0);
    reset.jsonBytes += Buffer.byteLength(json);
    reset.gzipBytes += gzip;
    await onPage(page);
    [cursor, more] = [page.cursor, page.more === true];
  }
  return reset;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The floor: the same rows into a bare IndexedDB, one object store per table, one transaction, a put per row. */
async function rawWrite(rows: Map<string, Array<Record<string, unknown>>>): Promise<number> {
  const start = performance.now();
  const open = indexedDB.open(`raw-${uuidv7()}`, 1);
  open.onupgradeneeded = () => [...rows.keys()].forEach((table) => open.result.createObjectStore(table, { keyPath: 'id' }));
  const db = await request(open);
  const tx = db.transaction([...rows.keys()], 'readwrite');
  for (const [table, list] of rows) for (const row of list) tx.objectStore(table).put(row);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
  db.close();
  return performance.now() - start;
}

/** A member's first sync into the SDK's store, and the raw write of the same rows. */
async function memberSync(principal: Principal): Promise<{ reset: Reset; applyMs: number; rawMs: number }> {
  const store = new SightlineDb(`member-${uuidv7()}`);
  const rows = new Map<string, Array<Record<string, unknown>>>();
  let applyMs = 0;
  const reset = await readReset(principal, async (page) => {
    for (const [table, c] of Object.entries(page.changes)) rows.set(table, [...(rows.get(table) ?? []), ...c.upserts]);
    const t0 = performance.now();
    await applyPull(store, page);
    applyMs += performance.now() - t0;
  });
  await store.delete();
  return { reset, applyMs, rawMs: await rawWrite(rows) };
}

/** Moves a member of the last team to the first team under its lead; returns how many people reset. */
async function teamMove(org: LargeOrg): Promise<{ reset: number; chain: number }> {
  const mover = org.size.people - 1;
  const row = await database.db.selectFrom('persons').select(['id', 'name', 'email', 'role', 'managerId', 'teamId']).where('orgId', '=', org.orgId).where('id', '=', org.personId(mover)).executeTakeFirstOrThrow();
  const result = await importPeople(database.db, org.orgId, PeopleImport.parse({ persons: [{ ...row, teamId: org.teamId(0), managerId: org.personId(0) }] }));
  const { rows } = await sql<{ n: string }>`select count(*) as n from access_epochs where org_id = ${org.orgId} and version = ${result.version}`.execute(database.db);
  const chain = await sql<{ n: string }>`with recursive up(id) as (select manager_id from persons where org_id = ${org.orgId} and id = ${row.id}
      union select p.manager_id from persons p join up on p.id = up.id where p.org_id = ${org.orgId} and p.manager_id is not null) select count(*) as n from up`.execute(database.db);
  return { reset: Number(rows[0]!.n), chain: Number(chain.rows[0]!.n) };
}

try {
  const size = scaledTo(people);
  const t0 = performance.now();
  const org = await generateLargeOrg(database.db, size);
  console.log(`${backend.label}; generated org of ${formatCount(size.people)} people (issue target ${formatCount(100_000)}) in ${formatMs((performance.now() - t0) / 1000)} s:`);
  console.log(`  ${Object.entries(org.rows).map(([t, n]) => `${t} ${formatCount(n)}`).join(', ')}`);

  // A member deep in the tree: the second person of the last full team.
  const memberIndex = (Math.floor(people / size.teamSize) - 1) * size.teamSize + 1;
  const member = personPrincipal(org.orgId, org.personId(memberIndex), 'member');
  const peopleAdmin = personPrincipal(org.orgId, org.personId(1), 'people_admin');

  const printer = new TablePrinter([
    { title: 'initial sync', width: 14 },
    { title: 'rows', width: 10, align: 'right' },
    { title: 'pages', width: 6, align: 'right' },
    { title: 'JSON', width: 10, align: 'right' },
    { title: 'gzip', width: 10, align: 'right' },
    { title: 'server ms', width: 10, align: 'right' },
    { title: 'target', width: 26 },
  ]);
  printer.header();
  // The admin's reset first, before any IndexedDB work whose memory is freed asynchronously.
  const admin = await readReset(peopleAdmin);
  const m = await memberSync(member);
  printer.row(['member', formatCount(m.reset.rows), String(m.reset.pages), mb(m.reset.jsonBytes), mb(m.reset.gzipBytes), formatMs(m.reset.serverMs), '<= 5,000 rows, <= 1 MB gzip']);
  printer.row(['people admin', formatCount(admin.rows), String(admin.pages), mb(admin.jsonBytes), mb(admin.gzipBytes), formatMs(admin.serverMs), '<= 20,000 rows']);
  console.log(`member's pages into the SDK store: ${formatMs(m.applyMs)} ms; raw IndexedDB put of the same rows: ${formatMs(m.rawMs)} ms; ratio ${formatRatio(m.applyMs / m.rawMs)} (fake-indexeddb in Node)`);

  const unpaged = await readReset(peopleAdmin, async () => {}, true);
  console.log(
    `server heap growth during the admin's reset: paged ${mb(admin.peakHeapGrowth)} (${admin.pages} pages), one unpaged response as before ${mb(unpaged.peakHeapGrowth)}; ratio ${formatRatio(admin.peakHeapGrowth / unpaged.peakHeapGrowth)} (target: growth <= 50 MB)`,
  );

  const move = await teamMove(org);
  console.log(`a team move resets ${formatCount(move.reset)} people (the mover and the manager chains above them, ${move.chain} above now); before: all ${formatCount(size.people)} people of the org; ratio ${formatRatio(move.reset / size.people)}`);
} finally {
  await close();
}
