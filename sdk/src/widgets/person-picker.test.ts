import { describe, expect, it } from 'vitest';
import { matchPeople } from './person-picker';
import { person } from './testing/fixtures';

describe('matchPeople', () => {
  const people = [person({ name: 'José Álvarez', title: 'Billing' }), person({ name: 'Ana Ruiz' }), person({ name: 'Bo Chen', email: 'bo@acme.example' })];
  const names = (query: string) => matchPeople(people, query).map((p) => p.name);

  it('matches name, title or email, ignoring case and accents', () => {
    expect(names('jose')).toEqual(['José Álvarez']);
    expect(names('ALV')).toEqual(['José Álvarez']);
    expect(names('billing')).toEqual(['José Álvarez']);
    expect(names('acme')).toEqual(['Bo Chen']);
    expect(names('  ')).toEqual(['José Álvarez', 'Ana Ruiz', 'Bo Chen']);
    expect(names('zz')).toEqual([]);
  });
});
