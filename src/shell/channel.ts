/**
 * Typed requests with replies over a MessagePort: the private line between a page's content
 * script and Gloss's frame in that page (`ToFrame` / `FromFrame` in src/protocol.ts). Page
 * scripts never hold either end of the port.
 */
/** a map of request types to their request and reply (an interface such as ToFrame) */
export type RequestMap<M> = { [K in keyof M]: { req: unknown; res: unknown } };

type Wire =
  | { kind: 'request'; id: number; type: string; payload: unknown }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string };

export type RequestHandlers<In extends RequestMap<In>> = { [T in keyof In]?: (payload: In[T]['req']) => In[T]['res'] | Promise<In[T]['res']> };

/** One end of the line: sends `Out` requests, answers `In` requests. */
export class PortChannel<Out extends RequestMap<Out>, In extends RequestMap<In>> {
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closed = false;

  constructor(private readonly port: MessagePort, private readonly handlers: RequestHandlers<In>) {
    port.onmessage = (e: MessageEvent) => this.receive(e.data as Wire);
    port.start();
  }

  request<T extends keyof Out & string>(type: T, payload: Out[T]['req']): Promise<Out[T]['res']> {
    if (this.closed) return Promise.reject(new Error('Gloss’s frame is gone. Reload the page.'));
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.port.postMessage({ kind: 'request', id, type, payload } satisfies Wire);
    });
  }

  close(): void {
    this.closed = true;
    this.port.close();
    for (const w of this.waiting.values()) w.reject(new Error('Gloss’s frame is gone. Reload the page.'));
    this.waiting.clear();
  }

  private receive(m: Wire): void {
    if (!m || typeof m !== 'object') return;
    if (m.kind === 'reply') {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.ok) w.resolve(m.value);
      else w.reject(new Error(m.error));
      return;
    }
    if (m.kind !== 'request') return;
    const handler = this.handlers[m.type as keyof In] as ((p: unknown) => unknown) | undefined;
    const reply = (r: Wire) => {
      if (!this.closed) this.port.postMessage(r);
    };
    if (!handler) {
      reply({ kind: 'reply', id: m.id, ok: false, error: `No handler for "${m.type}".` });
      return;
    }
    Promise.resolve()
      .then(() => handler(m.payload))
      .then(
        (value) => reply({ kind: 'reply', id: m.id, ok: true, value }),
        (e: unknown) => reply({ kind: 'reply', id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
  }
}
