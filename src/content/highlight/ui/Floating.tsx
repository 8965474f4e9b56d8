/** A panel kept next to a point of the page (a selection, a highlight) as the page scrolls. */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';

export function Floating({ anchor, children, label, testid }: { anchor: () => DOMRect; children: ComponentChildren; label: string; testid: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        computePosition({ getBoundingClientRect: anchor }, el, {
          strategy: 'fixed',
          placement: 'top',
          middleware: [offset(8), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        }, () => undefined);
      });
    };
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [anchor]);
  return (
    <div ref={ref} class="float" role="dialog" aria-label={label} data-testid={testid}>
      {children}
    </div>
  );
}
