import { describe, expect, it } from 'vitest';
import { matchPath, withQuery } from './router';

describe('matchPath', () => {
  it('matches literal segments and decodes parameters', () => {
    expect(matchPath('/app/people/:id', '/app/people/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/app/team', '/app/team')).toEqual({});
  });

  it('refuses other lengths, other literals and undecodable parameters', () => {
    expect(matchPath('/app/people/:id', '/app/people')).toBeNull();
    expect(matchPath('/app/people/:id', '/app/persons/1')).toBeNull();
    expect(matchPath('/app/people/:id', '/app/people/%E0%A4%A')).toBeNull();
  });
});

describe('withQuery', () => {
  it('adds only the values that are set', () => {
    expect(withQuery('/app/team', { week: '2027-W05', person: null })).toBe('/app/team?week=2027-W05');
    expect(withQuery('/app/team', {})).toBe('/app/team');
  });
});
