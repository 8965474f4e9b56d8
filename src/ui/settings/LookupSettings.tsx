/**
 * The notebook's "Look up online" settings: the switch (which asks the browser for access to
 * Wikipedia and Wikidata in the reader's click), exactly what a look-up sends and where (from
 * src/core/lookup/what-is-sent.ts, the requests the client makes), pictures, faint marks on names
 * no pack knows, and the kept answers (count, forget).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { lookupHostsGranted, turnLookupOff, turnLookupOn } from '../../shell/lookup-access.ts';
import type { Settings } from '../../core/model/types.ts';
import { whatIsSent, whatIsSentSentence } from '../../core/lookup/what-is-sent.ts';
import { wikiLanguage } from '../../core/lookup/language.ts';

/** an example page language for the list of requests: the reader's own, else French (so both searches show) */
const EXAMPLE_LANG = ((l) => (l === 'en' ? 'fr' : l))(wikiLanguage(globalThis.navigator?.language));

export function LookupSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [kept, setKept] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [s, g, k] = await Promise.all([send('settings/get', {}), lookupHostsGranted(), send('lookup/kept', {})]);
      setSettings(s);
      setGranted(g);
      setKept(k.count);
    } catch (e) {
      setError(`Gloss could not read its settings: ${(e as Error).message}`);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const patch = async (p: Partial<Settings>) => {
    setError(null);
    try {
      setSettings(await send('settings/update', { patch: p }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  // called straight from the click: the browser asks the reader for access inside it
  const toggleLookup = (on: boolean) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    const done = on
      ? turnLookupOn().then((r) => (r.on ? setStatus('Look-up is on. Select a name on a page and choose Look up.') : setError(r.why)))
      : turnLookupOff().then(() => setStatus('Look-up is off. Gloss sends nothing.'));
    void done.catch((e: Error) => setError(e.message)).finally(() => {
      setBusy(false);
      void load();
    });
  };

  const on = settings?.onlineLookup ?? false;
  const sent = whatIsSent(EXAMPLE_LANG);
  return (
    <section class="settings-section" aria-labelledby="lookup-h" data-testid="lookup-settings">
      <h2 id="lookup-h">Look up online</h2>
      <p class="hint">
        Gloss works offline. If you turn this on, you can look up a name no pack knows on Wikipedia and Wikidata, and keep what you
        find as one of your own entities. Off by default.
      </p>
      {settings && (
        <label class="switch">
          <input type="checkbox" role="switch" data-testid="lookup-online" checked={on} disabled={busy} onChange={(e) => toggleLookup(e.currentTarget.checked)} />
          Look up names online (Wikipedia and Wikidata)
        </label>
      )}
      {settings && (
        <p class="hint" data-testid="lookup-access">
          {on && granted && 'On: your browser gives Gloss access to Wikipedia and Wikidata.'}
          {on && granted === false && 'On, but your browser no longer gives Gloss access to Wikipedia and Wikidata, so nothing is sent. Turn it off and on again to allow it.'}
          {!on && 'Off: Gloss sends nothing. Turning it on asks your browser for access to Wikipedia and Wikidata.'}
        </p>
      )}

      <h3>What is sent, and when</h3>
      <p data-testid="what-is-sent">{whatIsSentSentence(null, EXAMPLE_LANG)}</p>
      <p class="hint">
        Only when you ask: “Look up…” on a selected name (selection toolbar, right-click menu, or the look-up shortcut), or “Look up
        online” on a faintly marked name. Never when a page loads, never while you hover a name. Requests go without cookies (you
        stay anonymous even when signed in to Wikipedia) and without the page’s address; Wikimedia’s servers see your IP address, as
        for any visit.
      </p>
      <details>
        <summary>Every request of one look-up (“Douglas Adams” on a page in “{EXAMPLE_LANG}”)</summary>
        <ol class="requests">
          {sent.map((r, i) => (
            <li key={i}>
              {r.service} ({r.host}), {r.when}: {r.carries}
              <code>{r.exampleUrl}</code>
            </li>
          ))}
        </ol>
      </details>

      {settings && (
        <>
          <h3>Options</h3>
          <label class="switch">
            <input type="checkbox" data-testid="lookup-images" checked={settings.lookupImages} onChange={(e) => void patch({ lookupImages: e.currentTarget.checked })} />
            Show the article’s picture with a summary (loaded from upload.wikimedia.org when shown)
          </label>
          <label class="switch">
            <input
              type="checkbox"
              data-testid="lookup-unknown"
              checked={settings.lookupUnknownNames}
              disabled={!on}
              onChange={(e) => void patch({ lookupUnknownNames: e.currentTarget.checked })}
            />
            Mark names no pack knows, faintly, so you can look them up (nothing is sent until you choose “Look up online”)
          </label>
        </>
      )}

      <h3>What Gloss keeps</h3>
      <p class="hint">
        Answers are kept on this computer so a name you looked up shows again without a new request (for 7 days), and offline (older
        answers, with their date). Text from Wikipedia is shown with its source link and licence (CC BY-SA 4.0).
      </p>
      {kept !== null && (
        <p data-testid="lookup-kept">
          {kept === 0 ? 'No look-ups kept.' : `${kept} ${kept === 1 ? 'answer' : 'answers'} kept.`}{' '}
          {kept > 0 && (
            <button type="button" data-testid="lookup-forget" onClick={() => void send('lookup/forget', {}).then((r) => setStatus(`Forgot ${r.forgotten} kept ${r.forgotten === 1 ? 'answer' : 'answers'}.`), (e: Error) => setError(e.message)).then(load)}>
              Forget them
            </button>
          )}
        </p>
      )}
      {status && <p class="status" role="status">{status}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
