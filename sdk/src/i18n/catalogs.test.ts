import { describe, expect, it } from 'vitest';
import { de as consoleDe } from './console/de';
import { en as consoleEn } from './console/en';
import { de as widgetsDe } from './widgets/de';
import { en as widgetsEn } from './widgets/en';
import { de as extensionDe } from './extension/de';
import { en as extensionEn } from './extension/en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every surface's catalog: German has every English key, none empty, with the same placeholders. */
describe.each([
  ['console', consoleEn, consoleDe],
  ['widgets', widgetsEn, widgetsDe],
  ['extension', extensionEn, extensionDe],
] as Array<[string, Record<string, string>, Record<string, string>]>)('the %s catalog', (_surface, en, de) => {
  it('has German for every English message, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(de[key]!.trim(), key).not.toBe('');
      expect(placeholders(de[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  it('plural keys come in pairs', () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('.one'))) expect(en, key).toHaveProperty(key.replace(/\.one$/, '.other'));
  });
});
