/** What the server tells the console in its page's <meta> tags (backend/src/console/console-page.ts). */
export interface ConsoleConfig {
  demo: boolean;
  /** The org whose single sign-on the sign-in page offers, when the server has just that one. */
  ssoOrg: string | null;
}

export function readConfig(doc: Document): ConsoleConfig {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
  return { demo: meta('sightline-mode') === 'demo', ssoOrg: meta('sightline-sso-org') };
}
