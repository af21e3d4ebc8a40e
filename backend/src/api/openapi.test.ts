import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiPath } from './contract';
import { openApiDocument } from './openapi';
import { ROUTES } from './route-table';

describe('the OpenAPI document', () => {
  const document = openApiDocument(ROUTES) as any;

  it('is OpenAPI 3.1 with an operation for every entry of the route table, public ones without security', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const operation = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.security).toEqual('public' in route.access ? [] : [{ bearer: [] }]);
      if (route.request?.body) expect(operation.requestBody.content['application/json'].schema, route.path).toBeDefined();
      for (const param of route.path.match(/:([A-Za-z]+)/g) ?? []) {
        expect(operation.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`), route.path).toContain(`path:${param.slice(1)}`);
      }
      if (!('public' in route.access)) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it("carries examples that pass each route's own schemas", () => {
    for (const route of ROUTES) {
      const { body, query, params } = route.request ?? {};
      const example = route.example ?? {};
      if (body) expect(z.safeParse(body, example.body ?? {}).error, `${route.path} body`).toBeUndefined();
      if (params) expect(z.safeParse(params, example.params).error, `${route.path} params`).toBeUndefined();
      if (query) expect(z.safeParse(query, example.query ?? {}).error, `${route.path} query`).toBeUndefined();
    }
  });
});
