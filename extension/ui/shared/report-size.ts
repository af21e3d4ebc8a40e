/** Frame side: keeps the host's frame as tall as this page's content, told to the content script alone. */
import type { FrameHandshake } from '../../rpc/frame-messages';

export function reportSize(toContentScript: FrameHandshake['toContentScript'], root: HTMLElement = document.documentElement): () => void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = root.scrollHeight;
    if (height === last) return;
    last = height;
    toContentScript({ type: 'size', height });
  });
  observer.observe(root);
  return () => observer.disconnect();
}
