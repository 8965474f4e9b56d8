/**
 * The background's door (src/background/dispatch.ts, senders.ts): who sent a message, as the
 * browser reports it, decides what may be asked; a content script is held to its own page; a
 * refusal changes nothing and is not logged as an error. Dexie on fake-indexeddb, in Node.
 */
import 'fake-indexeddb/auto';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Runtime } from 'webextension-polyfill';
import { classifySender, POLICIES } from '../../src/background/senders.ts';
import { dispatch, type AnyHandler } from '../../src/background/dispatch.ts';
import { notesHandlers } from '../../src/background/notes-handlers.ts';
import { recordedErrors } from '../../src/background/error-log.ts';
import { testHandlers } from '../../src/background/test-handlers.ts';
import { db } from '../../src/background/db.ts';
import type { Selector } from '../../src/core/model/types.ts';

const SELF = { id: 'gloss@test', origin: 'chrome-extension://glossid' };
const PAGE = 'https://news.example.com/2026/story?utm_source=x#top';
const content = (url = PAGE, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: SELF.id, url, tab: { id: 7 } as never, frameId: 0, ...extra });
const frame = (extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: SELF.id, url: `${SELF.origin}/pages/frame.html#secret`, tab: { id: 7 } as never, frameId: 3, ...extra });
const notebook: Runtime.MessageSender = { id: SELF.id, url: `${SELF.origin}/pages/notebook.html`, tab: { id: 9 } as never, frameId: 0 };
const popup: Runtime.MessageSender = { id: SELF.id, url: `${SELF.origin}/pages/popup.html` };
const sel = (exact: string): Selector[] => [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }];

/** the notebook's and import's handlers load the packs (an extension API): a refused request must never reach them */
const ranAnyway: string[] = [];
const mustNotRun = (type: string): [string, AnyHandler] => [type, async () => void ranAnyway.push(type)];
const EXTENSION_ONLY = [
  ['notebook/data', {}],
  ['notebook/snapshot', { scope: { kind: 'all' } }],
  ['notebook/entities', {}],
  ['notebook/dossier', { entityId: 'Q1' }],
  ['import/preview', { text: '{}' }],
  ['import/apply', { text: '{"format":"gloss-notes"}' }],
] as const;
/** the look-up's messages (issue #14): each records that it ran, and with which abort signal */
const LOOKUP = [
  ['lookup/search', { name: 'Dorian Ashcombe', lang: 'en', askedBy: 'reader' }],
  ['lookup/article', { qid: 'Q999999940', lang: 'en' }],
  ['lookup/save', { qid: 'Q999999940', lang: 'en', choice: { name: 'Dorian Ashcombe', type: 'person', aliases: [] } }],
  ['lookup/access', {}],
  ['lookup/turnOn', {}],
  ['lookup/kept', {}],
  ['lookup/forget', {}],
  ['packs/exportMine', {}],
  ['packs/importMine', { text: '{}' }],
] as const;
const reached: { type: string; signal: AbortSignal | undefined }[] = [];
const table = new Map<string, AnyHandler>([
  ...LOOKUP.map(([type]): [string, AnyHandler] => [type, async (_req, _from, signal) => void reached.push({ type, signal })]),
  ...(Object.entries(notesHandlers) as [string, AnyHandler][]),
  ...(Object.entries(testHandlers) as [string, AnyHandler][]),
  ...EXTENSION_ONLY.map(([type]) => mustNotRun(type)),
]);
const send = (type: string, payload: unknown, sender: Runtime.MessageSender, testBridge = false) =>
  dispatch(table, { gloss: 1, type, payload, ...(testBridge ? { testBridge: true } : {}) }, sender, SELF)!;

async function snapshot() {
  return JSON.stringify(await Promise.all([db.pages.toArray(), db.highlights.toArray(), db.notes.toArray(), db.sightings.toArray(), db.rejections.toArray(), db.tombstones.toArray(), db.kv.toArray()]));
}

before(() => {
  (globalThis as { __GLOSS_TEST__?: boolean }).__GLOSS_TEST__ = false;
});

describe('classifySender', () => {
  it('tells a content script, Gloss’s frame and Gloss’s own pages apart from what the browser reports', () => {
    assert.deepEqual(classifySender(content(), SELF), { kind: 'content', tabId: 7, url: PAGE });
    assert.deepEqual(classifySender(frame(), SELF), { kind: 'frame', tabId: 7 });
    assert.deepEqual(classifySender(notebook, SELF), { kind: 'extension' });
    assert.deepEqual(classifySender(popup, SELF), { kind: 'extension' });
  });
  it('answers nobody else', () => {
    assert.equal(classifySender(content(PAGE, { id: 'another-extension' }), SELF), null, 'another extension');
    assert.equal(classifySender(content(PAGE, { frameId: 4 }), SELF), null, 'a content script in a sub-frame');
    assert.equal(classifySender(content(PAGE, { tab: undefined }), SELF), null, 'a web page without a tab');
    assert.equal(classifySender(content('file:///home/reader/a.html'), SELF), null, 'a file page');
    assert.equal(classifySender(content(PAGE, { origin: 'https://evil.example' } as Partial<Runtime.MessageSender>), SELF), null, 'a URL the browser’s own origin contradicts');
    assert.equal(classifySender(frame({ frameId: 0 }), SELF), null, 'the frame page opened as a tab of its own');
    assert.equal(classifySender(frame({ tab: undefined }), SELF), null, 'the frame page without a tab');
    assert.equal(classifySender({ ...notebook, frameId: 2 }, SELF), null, 'a Gloss page framed inside a web page');
  });
});

describe('dispatch', () => {
  it('lets a content script file its own page and refuses another tab’s page, changing nothing', async () => {
    const ok = await send('page/visit', { url: PAGE, title: 'Story' }, content());
    assert.equal(ok.ok, true);
    const before = await snapshot();
    const other = await send('page/visit', { url: 'https://bank.example/statement', title: 'Statement' }, content());
    assert.deepEqual(other, { ok: false, refused: true, error: 'Gloss refused "page/visit": it names a page (https://bank.example/statement) of another site than the one this tab shows.' });
    const port = await send('page/visit', { url: 'https://news.example.com:8443/2026/story', title: 'Story' }, content());
    assert.equal(port.ok === false && port.refused, true, 'another port is another origin');
    const create = await send('highlights/create', { url: 'https://other.example/a', title: 'A', selectors: sel('x'), colour: 'yellow' }, content());
    assert.equal(create.ok === false && create.refused, true);
    const canonical = await send('page/visit', { url: PAGE, title: 'Story', canonical: 'https://bank.example/statement' }, content());
    assert.match(canonical.ok ? '' : canonical.error, /canonical link .* is not the same site/);
    assert.equal(await snapshot(), before, 'nothing changed');
  });

  it('refuses the notebook, notes and settings-wide messages to content scripts, and lets Gloss’s pages have them', async () => {
    await send('highlights/create', { url: PAGE, title: 'Story', selectors: sel('secret passage'), colour: 'green', note: { body: 'my private note', tags: ['private'] } }, frame());
    const before = await snapshot();
    for (const [type, payload] of [
      ['notebook/list', {}],
      ['notes/aboutEntity', { entityId: 'Q1' }],
      ['notes/add', { target: { kind: 'entity', entityId: 'Q1', entityName: 'X' }, body: 'planted', tags: [] }],
      ['notes/delete', { id: 'x' }],
      ['notes/restore', { note: { id: 'x', target: { kind: 'entity', entityId: 'Q1', entityName: 'X' }, body: 'planted', tags: [], created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', rev: 1 } }],
      ['highlights/orphans', {}],
      ['highlights/get', { id: 'x' }],
      ['highlights/delete', { id: 'x' }],
      ['notes/forPage', { url: PAGE }],
      ...EXTENSION_ONLY,
    ] as const) {
      const r = await send(type, payload, content());
      assert.equal(r.ok, false, type);
      assert.equal(!r.ok && r.refused, true, `${type} is a refusal`);
      assert.match(!r.ok ? r.error : '', new RegExp(`^Gloss refused "${type}" from a web page’s content script: only `), type);
    }
    assert.equal(await snapshot(), before, 'nothing changed');
    const list = await send('notebook/list', {}, notebook);
    assert.equal(list.ok && (list.value as { total: number }).total, 1);
    const fromFrame = await send('notes/forPage', { url: PAGE }, frame());
    assert.equal(fromFrame.ok, false, 'the frame does not get the notebook’s messages either');
    // the notebook's views, export and import: Gloss's own pages only, not the frame inside a web page
    for (const [type, payload] of EXTENSION_ONLY) {
      const r = await send(type, payload, frame());
      assert.match(!r.ok ? r.error : '', new RegExp(`^Gloss refused "${type}" from Gloss’s frame in a web page: only Gloss’s own pages`), type);
    }
    assert.deepEqual(ranAnyway, [], 'no refused request reached its handler');
    assert.equal(await snapshot(), before, 'nothing changed');
  });

  it('a content script can neither start a look-up nor read one; the frame may look up and keep, the notebook everything', async () => {
    reached.length = 0;
    for (const [type, payload] of LOOKUP) {
      const r = await send(type, payload, content());
      assert.equal(!r.ok && r.refused, true, `${type} is refused to a content script`);
      // not even on Gloss's test pages: only the test bridge may skip the rules
      const local = await send(type, payload, content('http://127.0.0.1:8000/x'));
      assert.equal(!local.ok && local.refused, true, `${type} from a content script on 127.0.0.1`);
    }
    assert.equal(reached.length, 0, 'no look-up message reached its handler');
    for (const [type, payload] of LOOKUP) await send(type, payload, frame());
    assert.deepEqual(reached.map((r) => r.type), ['lookup/search', 'lookup/article', 'lookup/save', 'lookup/access', 'lookup/turnOn'], 'the frame: look up, keep, ask whether on, turn on');
    reached.length = 0;
    for (const [type, payload] of LOOKUP) await send(type, payload, notebook);
    assert.deepEqual(reached.map((r) => r.type), LOOKUP.map(([type]) => type), 'Gloss’s own pages: all of them');
    // a request over a port gets the port's signal (port-requests.ts): closing the port aborts it
    reached.length = 0;
    const controller = new AbortController();
    await dispatch(table, { gloss: 1, type: 'lookup/search', payload: LOOKUP[0][1] }, frame(), SELF, controller.signal);
    assert.equal(reached[0]?.signal, controller.signal);
  });

  it('lets a page that moved with the History API file its new address (same origin)', async () => {
    const r = await send('page/visit', { url: 'https://news.example.com/2026/other-story', title: 'Other' }, content());
    assert.equal(r.ok, true);
  });

  it('holds highlight placement reports to the page they name', async () => {
    const mine = await send('highlights/create', { url: PAGE, title: 'Story', selectors: sel('mine'), colour: 'yellow' }, content());
    const theirs = await send('highlights/create', { url: 'https://news.example.com/2026/another', title: 'P', selectors: sel('theirs'), colour: 'yellow' }, content('https://news.example.com/2026/another'));
    assert.ok(mine.ok && theirs.ok);
    const mineId = (mine.value as { highlight: { id: string } }).highlight.id;
    const theirId = (theirs.value as { highlight: { id: string } }).highlight.id;
    const r = await send('highlights/placement', { page: { url: PAGE, title: 'Story' }, placed: [], orphaned: [mineId, theirId] }, content());
    assert.equal(r.ok, true);
    assert.equal((await db.highlights.get(mineId))?.placement?.state, 'orphaned');
    assert.equal((await db.highlights.get(theirId))?.placement?.state, 'placed', 'another page’s highlight is untouched (even on the same site)');
  });

  it('knows test messages only in test builds, and only from the test bridge', async () => {
    for (const sender of [content(), frame(), notebook]) {
      const r = await send('debug/put', { key: 'k', value: 'v' }, sender, true);
      assert.deepEqual(r, { ok: false, refused: true, error: 'Gloss does not know the message "debug/put".' });
    }
    (globalThis as { __GLOSS_TEST__?: boolean }).__GLOSS_TEST__ = true;
    try {
      const plain = await send('debug/put', { key: 'k', value: 'v' }, content('http://127.0.0.1:8000/x'));
      assert.equal(plain.ok, false, 'a content script without the bridge flag is still a content script');
      const bridge = await send('debug/put', { key: 'k', value: 'v' }, content('http://127.0.0.1:8000/x'), true);
      assert.equal(bridge.ok, true);
      const elsewhere = await send('debug/put', { key: 'k', value: 'v' }, content('http://localhost:8000/x'), true);
      assert.equal(elsewhere.ok, false, 'the bridge only exists on 127.0.0.1');
    } finally {
      (globalThis as { __GLOSS_TEST__?: boolean }).__GLOSS_TEST__ = false;
    }
    assert.deepEqual(await send('made/up', {}, notebook), { ok: false, refused: true, error: 'Gloss does not know the message "made/up".' });
  });

  it('logs no refusal as an error', () => {
    assert.deepEqual(recordedErrors(), []);
  });

  it('has a rule for every message, each naming who may send it', () => {
    for (const [type, p] of Object.entries(POLICIES)) assert.ok(p.from.length > 0, type);
    const contentMessages = Object.entries(POLICIES).filter(([, p]) => (p.from as readonly string[]).includes('content')).map(([t]) => t).sort();
    assert.deepEqual(contentMessages, [
      'highlights/create', 'highlights/placement', 'marks/reject', 'marks/rejected', 'marks/unreject', 'page/visit', 'ping', 'settings/get', 'sightings/record', 'spot', 'spot/part',
    ], 'what a web page’s content script may ask for');
  });
});
