import { expect, it } from 'vitest';
import { PEOPLE, createOrgFixture } from '../../test/helpers/org-fixture';
import { call } from '../../test/helpers/http';
import { describeStorage } from '../../test/helpers/storage';
import { createApp } from '../app';

describeStorage('directory', (ctx) => {
  it('pages through everyone the viewer may see, by name, and searches name and email', async () => {
    const org = await createOrgFixture(ctx.database);
    // People of another org must never show up.
    await createOrgFixture(ctx.database, 'other');
    const app = createApp({ database: ctx.database });
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=4${cursor === null ? '' : `&cursor=${cursor}`}`;
      const res = await call(app, 'GET', `/v1/directory${query}`, { token: org.tokens.alice });
      expect(res.status).toBe(200);
      expect(res.body.people.length).toBeLessThanOrEqual(4);
      names.push(...res.body.people.map((p: { name: string; orgId: string }) => (expect(p.orgId).toBe(org.orgId), p.name)));
      cursor = res.body.cursor;
      pages++;
    } while (cursor !== null);
    expect(names).toEqual([...PEOPLE].sort());
    expect(pages).toBe(3);

    const found = await call(app, 'GET', '/v1/directory?q=AN', { token: org.tokens.alice });
    expect(found.body.people.map((p: { name: string }) => p.name)).toEqual(['manager']);
    const byEmail = await call(app, 'GET', `/v1/directory?q=${encodeURIComponent(`lena@${org.slug}`)}`, { token: org.tokens.alice });
    expect(byEmail.body.people.map((p: { name: string }) => p.name)).toEqual(['lena']);
    // LIKE's wildcards are matched literally.
    expect((await call(app, 'GET', '/v1/directory?q=%25', { token: org.tokens.alice })).body.people).toEqual([]);
  });

  it('shows integration keys nobody, and answers bad input with a 4xx naming the field', async () => {
    const org = await createOrgFixture(ctx.database);
    const app = createApp({ database: ctx.database });
    const key = await call(app, 'GET', '/v1/directory', { token: org.integrationKey });
    expect(key.body).toEqual({ people: [], cursor: null });
    const badCursor = await call(app, 'GET', '/v1/directory?cursor=nope', { token: org.tokens.alice });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toContain('cursor');
    const badLimit = await call(app, 'GET', '/v1/directory?limit=999', { token: org.tokens.alice });
    expect(badLimit.status).toBe(422);
    expect(badLimit.body.error.issues[0].path).toBe('limit');
    const nul = await call(app, 'GET', '/v1/directory?q=a%00b', { token: org.tokens.alice });
    expect(nul.status).toBe(400);
    expect(nul.body.error.message).toContain('query.q');
  });
});
