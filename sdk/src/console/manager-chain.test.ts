import { describe, expect, it } from 'vitest';
import { person } from '../store/testing/fixtures';
import { askableSubjects, inChainOf, mayShareAbout } from './manager-chain';

const ceo = person('Cleo', { role: 'manager' });
const lead = person('Lead', { role: 'manager', managerId: ceo.id });
const dev = person('Dev', { role: 'member', managerId: lead.id });
const peer = person('Pia', { role: 'member', managerId: ceo.id });
const gone = person('Gus', { role: 'member', managerId: lead.id, active: false });
const admin = person('Ann', { role: 'people_admin' });
const people = [ceo, lead, dev, peer, gone, admin];

describe('manager chain', () => {
  it('walks the reporting lines upward, and stops on a loop', () => {
    expect(inChainOf(people, ceo.id, dev.id)).toBe(true);
    expect(inChainOf(people, lead.id, peer.id)).toBe(false);
    expect(inChainOf(people, dev.id, dev.id)).toBe(false);
    const a = person('A', { managerId: person('B').id });
    const b = person('B', { managerId: a.id });
    expect(inChainOf([a, b], ceo.id, a.id)).toBe(false);
  });

  it('offers oneself, then the active chain below (everyone for admins)', () => {
    expect(askableSubjects(lead, people).map((p) => p.name)).toEqual(['Lead', 'Dev']);
    expect(askableSubjects(dev, people).map((p) => p.name)).toEqual(['Dev']);
    expect(askableSubjects(admin, people).map((p) => p.name)).toEqual(['Ann', 'Cleo', 'Dev', 'Lead', 'Pia']);
  });

  it('lets the chain and admins share, not peers', () => {
    expect(mayShareAbout(ceo, people, dev.id)).toBe(true);
    expect(mayShareAbout(admin, people, dev.id)).toBe(true);
    expect(mayShareAbout(peer, people, dev.id)).toBe(false);
  });
});
