import { describe, expect, it } from 'vitest';
import { HttpError } from '../../http/api-error';
import { redirectTarget, withHandoffCode } from './redirect-target';

describe('redirect targets', () => {
  const extension = 'https://abcdefghijklmnopabcdefghijklmnop.extension-redirect.test/';

  it('take the console by default, paths under /app, and exactly the allow-listed URLs', () => {
    expect(redirectTarget(undefined, [])).toEqual({ url: '/app', client: 'console' });
    expect(redirectTarget('/app/goals?cycle=h1', [])).toEqual({ url: '/app/goals?cycle=h1', client: 'console' });
    expect(redirectTarget(extension, [extension])).toEqual({ url: extension, client: 'extension' });
    expect(withHandoffCode(extension, 'a b')).toBe(`${extension}#sso_code=a%20b`);
  });

  it('refuse everything else, naming the redirect', () => {
    const refusals = [
      '//evil.example/app',
      '/\\evil.example/app',
      '/application',
      '/api',
      '/app#x',
      'https://evil.example/',
      `${extension}x`,
      'https://abcdefghijklmnopabcdefghijklmnop.extension-redirect.test.evil.example/',
      'javascript:alert(1)',
      '/app\u0000',
    ];
    for (const raw of refusals) {
      let error: unknown;
      try {
        redirectTarget(raw, [extension]);
      } catch (caught) {
        error = caught;
      }
      expect(error, raw).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(400);
      expect((error as HttpError).details.issues?.[0]?.path).toBe('redirect');
    }
  });
});
