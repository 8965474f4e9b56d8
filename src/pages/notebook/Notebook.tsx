import { useEffect, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';

export function Notebook() {
  const [version, setVersion] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('ping', {}).then((r) => setVersion(r.version), (e: Error) => setError(e.message));
  }, []);
  return (
    <main>
      <h1>Gloss notebook</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {version && <p data-testid="version">Gloss {version}</p>}
    </main>
  );
}
