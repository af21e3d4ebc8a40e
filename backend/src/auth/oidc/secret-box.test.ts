import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal, secretKeyFrom } from './secret-box';

describe('secret box', () => {
  const key = new Uint8Array(randomBytes(32));

  it('opens what it sealed for the same org only, and never holds the secret in clear', async () => {
    const sealed = await seal(key, 'org-a', 'client-secret-value');
    expect(sealed).not.toContain('client-secret-value');
    expect(await open(key, 'org-a', sealed)).toBe('client-secret-value');
    await expect(open(key, 'org-b', sealed)).rejects.toThrow(/another org/);
    await expect(open(new Uint8Array(randomBytes(32)), 'org-a', sealed)).rejects.toThrow();
  });

  it('reads the key from its environment variable and names the variable when it is unusable', () => {
    expect(secretKeyFrom(undefined)).toBeUndefined();
    expect(secretKeyFrom(Buffer.from(key).toString('base64url'))).toEqual(key);
    expect(() => secretKeyFrom('c2hvcnQ')).toThrow(/SIGHTLINE_SECRET_KEY must be 32 random bytes/);
  });
});
