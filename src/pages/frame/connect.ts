/**
 * The frame's end of the private line to its page's content script. The content script put a
 * secret in this frame's URL fragment (which the page cannot read) and posts the MessagePort
 * with that secret, once; the frame accepts the first such message and then listens to the port
 * only. The secret is taken out of the frame's address at once.
 */
export function awaitContentScript(): Promise<MessagePort> {
  const secret = location.hash.slice(1);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { glossFrame?: unknown } | null;
      if (!secret || e.source !== window.parent || !data || data.glossFrame !== secret || !e.ports[0]) return;
      window.removeEventListener('message', onMessage);
      resolve(e.ports[0]);
    };
    window.addEventListener('message', onMessage);
  });
}
