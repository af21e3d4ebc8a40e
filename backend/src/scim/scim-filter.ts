/**
 * The filters identity providers send before they create: `userName eq "x"`, `externalId eq "x"`
 * (and for groups `displayName eq "x"`), alone or joined by `and`. Parsed with scim2-parse-filter;
 * anything else is SCIM's 400 invalidFilter rather than a filter silently ignored.
 */
import { parse, type Filter } from 'scim2-parse-filter';
import { ScimError } from './scim-error';

/** Attribute (lower-cased, as SCIM names are case-insensitive) -> the value it must equal. */
export type Equalities = Map<string, string>;

export function parseEqualities(filter: string | undefined, attributes: readonly string[]): Equalities {
  const equalities: Equalities = new Map();
  if (filter === undefined || filter.trim() === '') return equalities;
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch (error) {
    throw new ScimError(400, 'invalidFilter', `filter: ${(error as Error).message}`);
  }
  const collect = (node: Filter): void => {
    if (node.op === 'and') return node.filters.forEach(collect);
    const attribute = 'attrPath' in node ? node.attrPath.toLowerCase() : '';
    if (node.op !== 'eq' || !attributes.includes(attribute) || typeof (node as { compValue?: unknown }).compValue !== 'string')
      throw new ScimError(400, 'invalidFilter', `filter: only ${attributes.map((a) => `${a} eq "..."`).join(', ')} joined by and are supported`);
    equalities.set(attribute, (node as { compValue: string }).compValue);
  };
  collect(ast);
  return equalities;
}
