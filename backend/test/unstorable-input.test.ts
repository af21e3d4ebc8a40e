/**
 * Text PostgreSQL cannot store (NUL, a lone UTF-16 surrogate), a year 0000 and wrongly typed
 * claims reach every input path: each is a 4xx or a rejection naming the field, never a 500,
 * never a "server error" rejection, and nothing is written.
 */
import { expect, it, vi } from 'vitest';
import { uuidv7 } from '@sightline/sdk/model';
import { createApp } from '../src/app';
import { sharedSecretKey, signEmbed, viewerClaims } from './helpers/embed-keys';
import { call } from './helpers/http';
import { createOrgFixture } from './helpers/org-fixture';
import { describeStorage } from './helpers/storage';

const NUL = '\u0000';
const LONE = '\ud800';

describeStorage('unstorable input', (ctx) => {
  it('answers NUL, lone surrogates and odd claims in credentials, bodies and paths with a 4xx naming the field', async () => {
    const org = await createOrgFixture(ctx.database, 'nul');
    const app = createApp({ database: ctx.database, devSignIn: true });
    const key = sharedSecretKey('hs');
    expect((await call(app, 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: key.registration })).status).toBe(201);
    const email = `alice@${org.slug}.test`;
    const person = { id: org.ids.alice, name: 'alice', email, role: 'member', managerId: org.ids.manager, teamId: org.teams.support };
    const bugs = vi.spyOn(console, 'error');

    const cases: Array<[label: string, method: string, path: string, options: Parameters<typeof call>[3], field: RegExp]> = [
      ['NUL in the kid header', 'GET', '/v1/me', { token: await signEmbed(key, viewerClaims(org.slug, email), { kid: `hs${NUL}` }) }, /./],
      ['NUL in iss', 'GET', '/v1/me', { token: await signEmbed(key, viewerClaims(`${org.slug}${NUL}`, email)) }, /./],
      ['NUL in sub', 'GET', '/v1/me', { token: await signEmbed(key, viewerClaims(org.slug, `${email}${NUL}`)) }, /sub/],
      ['a number as sub', 'GET', '/v1/me', { token: await signEmbed(key, { ...viewerClaims(org.slug, email), sub: 42 as unknown as string }) }, /sub/],
      ['null as sub', 'GET', '/v1/me', { token: await signEmbed(key, { ...viewerClaims(org.slug, email), sub: null as unknown as string }) }, /sub/],
      ['NUL in a dev sign-in email', 'POST', '/v1/auth/dev-signin', { json: { email: `a${NUL}@b.test` } }, /email/],
      ['NUL in a dev sign-in org slug', 'POST', '/v1/auth/dev-signin', { json: { email, orgSlug: `x${NUL}` } }, /orgSlug/],
      ['NUL in a token name', 'POST', '/v1/auth/tokens', { token: org.tokens.alice, json: { name: `laptop${NUL}` } }, /name/],
      ['a lone surrogate in a token name', 'POST', '/v1/auth/tokens', { token: org.tokens.alice, json: { name: `laptop${LONE}` } }, /name/],
      ['NUL in an imported name', 'POST', '/v1/admin/people', { token: org.tokens.admin, json: { persons: [{ ...person, name: `al${NUL}ice` }] } }, /persons\.0\.name/],
      ['NUL in an embed-key secret', 'POST', '/v1/admin/embed-keys', { token: org.tokens.admin, json: { kid: 'nul', alg: 'HS256', secret: `${'s'.repeat(40)}${NUL}` } }, /secret/],
      ['NUL in a path segment', 'DELETE', `/v1/admin/embed-keys/a${encodeURIComponent(NUL)}b`, { token: org.tokens.admin }, /path/],
      ['an undecodable escape in a path segment', 'DELETE', '/v1/admin/embed-keys/a%ED%A0%80b', { token: org.tokens.admin }, /./],
      ['a lone surrogate in a query value', 'GET', '/v1/sync/pull?clientId=%ED%A0%80&cursor=%00', { token: org.tokens.admin }, /query/],
    ];
    const wrong: string[] = [];
    for (const [label, method, path, options, field] of cases) {
      const res = await call(app, method, path, options);
      const said = JSON.stringify(res.body);
      if (res.status < 400 || res.status >= 500 || !field.test(said)) wrong.push(`${label}: ${res.status} ${said}`);
    }
    expect(wrong).toEqual([]);
    expect(bugs).not.toHaveBeenCalled();
    bugs.mockRestore();
  });

  it('rejects mutations holding NUL, a lone surrogate or a year 0000, naming the field, and writes nothing', async () => {
    const org = await createOrgFixture(ctx.database, 'nulpush');
    const app = createApp({ database: ctx.database });
    const bugs = vi.spyOn(console, 'error');
    const feedback = (overrides: Record<string, unknown>) => ({
      id: uuidv7(),
      subjectId: org.ids.bob,
      kind: 'praise',
      body: 'thanks',
      visibility: 'org',
      createdAt: '2026-02-21T09:00:00Z',
      ...overrides,
    });
    const goal = (overrides: Record<string, unknown>) => ({
      id: uuidv7(), cycleId: org.cycleId, level: 'person', ownerId: org.ids.alice, teamId: null, title: 'Ship it', visibility: 'org', ...overrides,
    });
    const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
      ['NUL in a body', 'feedback.create', feedback({ body: `thanks${NUL}` }), /args\.body/],
      ['a lone surrogate in a body', 'feedback.create', feedback({ body: `thanks${LONE}` }), /args\.body/],
      ['a lone surrogate in a record context', 'feedback.create', feedback({ context: { tool: 'zendesk', recordType: 'ticket', recordId: `1${LONE}`, url: null, title: null } }), /args\.context/],
      ['a year 0000 date-time', 'feedback.create', feedback({ createdAt: '0000-02-21T09:00:00Z' }), /args\.createdAt/],
      ['a year 0000 date', 'goal.create', goal({ dueOn: '0000-06-30' }), /args\.dueOn/],
      // The key goes into the reason, which is stored: written escaped, never verbatim.
      ['NUL as a key', 'feedback.create', feedback({ [NUL]: 1 }), /^args.*\\u0000/],
    ];
    const mutations = cases.map(([, name, args], i) => ({ id: uuidv7(), seq: i + 1, name, args, at: '2026-02-21T09:00:00Z' }));
    const res = await call(app, 'POST', '/v1/sync/push', { token: org.tokens.alice, json: { clientId: uuidv7(), mutations } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const wrong = cases.flatMap(([label, , , field], i) => {
      const result = res.body.results[i];
      return result.status === 'rejected' && field.test(result.reason) && !/server error/.test(result.reason) ? [] : [`${label}: ${JSON.stringify(result)}`];
    });
    expect(wrong).toEqual([]);
    expect(bugs).not.toHaveBeenCalled();
    bugs.mockRestore();
    const written = await ctx.database.db.selectFrom('feedback').select('id').where('orgId', '=', org.orgId).execute();
    expect(written).toEqual([]);
  });
});
