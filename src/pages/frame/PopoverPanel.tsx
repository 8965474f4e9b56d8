/**
 * The background popover inside Gloss's frame: it asks the background itself for the entity and
 * for the reader's notes about it (the page's content script never sees either), and renders the
 * shared Popover component.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { pageIdentity } from '../../core/url/index.ts';
import type { PageAddress } from '../../protocol.ts';
import { Popover, type EntityDetail, type EntityNotes } from '../../ui/popover/Popover.tsx';
import type { FrameView } from './view.ts';
import type { ContentChannel } from './index.tsx';

type PopoverView = Extract<FrameView, { kind: 'popover' }>;

const details = new Map<string, EntityDetail>();

/**
 * Notes the reader started and did not save, per name and page: kept here, in Gloss's frame (the
 * extension's origin), never in the page or its content script. A popover closed by Escape, a click
 * outside or the mark going away shows its draft again when it reopens; Save and Discard clear it.
 */
const drafts = new Map<string, string>();
const draftKey = (entityId: string, page: PageAddress) =>
  `${entityId}\n${pageIdentity(page.url, { canonical: page.canonical ?? null, amp: page.amp === true })?.url ?? page.url}`;

/**
 * `onSettled` is called once the entity and the notes have both been answered (or failed) and
 * drawn: the content script shows the frame only then, so the card does not grow under the
 * reader's pointer as its parts arrive.
 */
export function PopoverPanel({ view, channel, announce, onSettled }: { view: PopoverView; channel: ContentChannel; announce: (text: string) => void; onSettled: () => void }) {
  const { entityId, markText, openedBy, page, seq, inHighlight } = view;
  const key = draftKey(entityId, page);
  const draft = drafts.get(key) ?? '';
  const [detail, setDetail] = useState<EntityDetail | undefined>(details.get(entityId));
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notes, setNotes] = useState<EntityNotes | null>(null);
  const [settled, setSettled] = useState(false);

  // started at once after rendering (a frame with no size yet gets no animation frames for effects)
  useLayoutEffect(() => {
    let live = true;
    const known = details.get(entityId);
    setDetail(known);
    setLoadError(null);
    setNotes(null);
    setSettled(false);
    const said = (d: EntityDetail | undefined) => {
      if (openedBy === 'focus') announce(`${d?.entity.name ?? markText}${d?.entity.description ? `: ${d.entity.description}` : ''}. Press Escape to close.`);
    };
    let entityDone: Promise<unknown> = Promise.resolve();
    if (known === undefined) {
      entityDone = send('entity/get', { id: entityId }).then(
        (d) => {
          details.set(entityId, d);
          if (!live) return;
          setDetail(d);
          said(d);
        },
        (e: unknown) => {
          if (live) setLoadError(`Gloss could not load the background for this name (${e instanceof Error ? e.message : String(e)}). Try again in a moment.`);
        },
      );
    } else said(known);
    // notes not available: the section is simply left out
    const notesDone = send('notes/aboutEntity', { entityId }).then((n) => live && setNotes(n), () => undefined);
    void Promise.all([entityDone, notesDone]).then(() => live && setSettled(true));
    // a kept draft holds the popover open from the start
    void channel.request('hold', { held: draft.trim() !== '' }).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [seq]);
  const onDraft = (body: string) => {
    const had = (drafts.get(key) ?? '').trim() !== '';
    if (body) drafts.set(key, body);
    else drafts.delete(key);
    const has = body.trim() !== '';
    if (has !== had) void channel.request('hold', { held: has }).catch(() => undefined);
  };
  useLayoutEffect(() => {
    if (settled) onSettled();
  }, [settled, seq]);

  const entity = detail?.entity ?? null;
  return (
    <Popover
      key={seq}
      entityId={entityId}
      markText={markText}
      detail={detail}
      loadError={loadError}
      notes={notes}
      draft={draft}
      onDraft={onDraft}
      inHighlight={inHighlight}
      actions={{
        addNote: async (body: string) => {
          await send('notes/add', {
            target: { kind: 'entity', entityId, entityName: entity?.name ?? markText, ...(entity ? { entityType: entity.type } : {}) },
            body,
            tags: [],
            url: page.url,
            title: page.title,
            canonical: page.canonical ?? null,
            amp: page.amp === true,
          });
          setNotes(await send('notes/aboutEntity', { entityId }).catch(() => notes));
        },
        // the page's content script stores the rejection for its page and takes the marks away (which closes this)
        reject: async () => {
          await channel.request('marks/reject', { entityId });
        },
        // every tab hears of it; this page's marks go, which closes this
        mute: async () => {
          await send('settings/mute', { entityId });
        },
        openNotebook: async () => {
          await send('pages/open', { page: 'notebook', hash: `entity=${entityId}` });
        },
        openHighlight: async () => {
          await channel.request('highlight/open', {});
        },
      }}
    />
  );
}
