/**
 * TEST HELPER: a JWT-shaped token with these claims and a meaningless signature. The SDK only
 * reads an embed token's claims to find its local database; the test servers accept whatever
 * token string they were given, so nothing here needs to verify.
 */
const base64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const unsignedJwt = (claims: object): string =>
  [base64Url(JSON.stringify({ alg: 'HS256', kid: 'test' })), base64Url(JSON.stringify(claims)), 'c2lnbmF0dXJl'].join('.');
