/**
 * Pull cursors: `v<version>.a<aclVersion>`. Opaque to clients; the acl part lets the server
 * force a reset when what a client may see has changed since it last pulled.
 */
export interface Cursor {
  version: number;
  aclVersion: number;
}

const CURSOR = /^v(\d{1,15})\.a(\d{1,15})$/;

export const encodeCursor = (c: Cursor): string => `v${c.version}.a${c.aclVersion}`;

/** null for anything that is not a cursor this server wrote (the caller resets). */
export function decodeCursor(text: string | undefined): Cursor | null {
  const m = text === undefined ? null : CURSOR.exec(text);
  return m ? { version: Number(m[1]), aclVersion: Number(m[2]) } : null;
}
