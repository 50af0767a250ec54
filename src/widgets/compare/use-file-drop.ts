// Files dropped anywhere on the page's main area, for the compare page.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Sends files dropped anywhere in the article or main element around `root` to `onFiles`, and
 * says whether files are being dragged over it. Outside that area a drop is refused: the
 * browser must never open a file in the page's place, which would lose files that are not kept.
 */
export function useFileDrop(root: RefObject<HTMLElement>, onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  // The latest handler, so the listeners are added once yet see the current state.
  const handler = useRef(onFiles);
  handler.current = onFiles;

  useEffect(() => {
    const area = () => root.current?.closest('article, main') ?? document.body;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const inArea = (target: EventTarget | null) => target instanceof Node && area().contains(target);
    // dragenter and dragleave fire for every element crossed; the count says when the drag has left.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (hasFiles(e)) depth += 1;
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const inside = inArea(e.target);
      e.dataTransfer!.dropEffect = inside ? 'copy' : 'none';
      setDragging(inside);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (inArea(e.target)) handler.current([...e.dataTransfer!.files]);
    };
    const events = { dragenter: onEnter, dragleave: onLeave, dragover: onOver, drop: onDrop };
    for (const [name, listener] of Object.entries(events)) window.addEventListener(name, listener as EventListener);
    return () => {
      for (const [name, listener] of Object.entries(events)) window.removeEventListener(name, listener as EventListener);
    };
  }, [root]);

  return dragging;
}
