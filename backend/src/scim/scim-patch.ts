/**
 * A SCIM PATCH applied to the resource as we serve it, with scim-patch, and the result read back
 * through the same schema as a replace; failures are SCIM 400s naming the attribute.
 */
import { scimPatch, ScimError as PatchError, type ScimPatchOperation } from 'scim-patch';
import type { z } from 'zod';
import { ScimError } from './scim-error';
import type { ScimPatchBody } from './scim-resources';

export function patchResource<S extends z.ZodType>(resource: object, body: z.output<typeof ScimPatchBody>, schema: S): z.output<S> {
  // Lower-case op names: providers send Add/Replace/Remove as well.
  const operations = body.Operations.map((o) => ({ ...o, op: o.op.toLowerCase() })) as ScimPatchOperation[];
  let patched: unknown;
  try {
    patched = scimPatch(structuredClone(resource) as never, operations);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
    throw new ScimError(400, error.scimCode === 'noTarget' ? 'noTarget' : 'invalidValue', `Operations: ${error.message}`);
  }
  const parsed = schema.safeParse(patched);
  if (!parsed.success) throw new ScimError(400, 'invalidValue', `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}
