/** The SDK elements the console places in its pages, typed for JSX. */
import type { HTMLAttributes } from 'preact';

type Themed = HTMLAttributes<HTMLElement> & { theme?: 'light' | 'dark' | undefined };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'sightline-goals': Themed & { cycle?: string | undefined; scope?: 'me' | 'all'; owner?: string; team?: string; level?: string };
      'sightline-checkin': Themed & { week?: string };
      'sightline-feedback': Themed & { subject?: string; goal?: string };
      'sightline-sync-status': Themed;
      'sightline-requests': Themed;
      'sightline-feedback-feed': Themed & { person?: string; kind?: 'received' | 'recognition'; limit?: number | string };
    }
  }
}
