/** Frame side: keeps the host's frame as tall as this page's content. */
import { postToHost } from '../../rpc/frame-messages';

export function reportSize(root: HTMLElement = document.documentElement): () => void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = root.scrollHeight;
    if (height === last) return;
    last = height;
    postToHost({ source: 'sightline', type: 'size', height });
  });
  observer.observe(root);
  return () => observer.disconnect();
}
