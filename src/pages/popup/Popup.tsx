import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/model/types.ts';
import { send } from '../../shell/messaging.ts';
import { Orphans } from './Orphans.tsx';
import { PageNotes } from './PageNotes.tsx';
import { MutedNames } from './MutedNames.tsx';
import { PageStatus } from './PageStatus.tsx';
import { activeWebUrl } from './active-tab.ts';

async function activeHost(): Promise<string | null> {
  const url = await activeWebUrl();
  return url ? new URL(url).hostname : null;
}

export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [host, setHost] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('settings/get', {}).then(setSettings, (e: Error) => setError(e.message));
    activeHost().then(setHost, () => setHost(null));
  }, []);

  const update = (patch: Partial<Settings>) =>
    send('settings/update', { patch }).then(setSettings, (e: Error) => setError(e.message));

  if (error) return <main><p class="error" role="alert">{error}</p></main>;
  if (!settings) return <main><p>Loading…</p></main>;
  const siteOff = host !== null && settings.disabledSites.includes(host);
  return (
    <main>
      <h1>Gloss</h1>
      <label>
        <input type="checkbox" checked={settings.paused} onChange={(e) => update({ paused: e.currentTarget.checked })} />
        Pause Gloss everywhere
      </label>
      {host && (
        <label>
          <input
            type="checkbox"
            checked={siteOff}
            onChange={(e) => {
              const off = e.currentTarget.checked;
              const others = settings.disabledSites.filter((h) => h !== host);
              update({ disabledSites: off ? [...others, host] : others });
            }}
          />
          Off on {host}
        </label>
      )}
      <label>
        <input type="checkbox" checked={settings.markEveryMention} onChange={(e) => update({ markEveryMention: e.currentTarget.checked })} />
        Mark every mention, not just the first
      </label>
      <p class="status" role="status">
        {settings.paused
          ? 'Gloss is paused: no names are marked on any site.'
          : siteOff
            ? `Gloss is off on ${host}: names there are not marked.`
            : host
              ? `Gloss marks the people, organisations and places it knows on ${host}.`
              : 'Gloss works on web pages (http and https).'}
      </p>
      {!settings.paused && !siteOff && <PageStatus refreshKey={`${settings.markEveryMention}|${settings.mutedEntities.length}`} />}
      <MutedNames ids={settings.mutedEntities} onUnmute={(id) => update({ mutedEntities: settings.mutedEntities.filter((x) => x !== id) })} />
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>Open notebook</button>
      <PageNotes />
      <Orphans />
    </main>
  );
}
