/** Who may write the people directory: people admins and admins, and integration keys scoped to people:import. */
import type { Principal } from '../auth/principal';
import { isAdminLike } from '../auth/principal';
import { forbidden } from '../http/api-error';

export function assertMayImportPeople(principal: Principal): void {
  if (!isAdminLike(principal.role) || (!principal.personId && !principal.scopes?.includes('people:import')))
    throw forbidden('only people admins, admins and integration keys scoped to people:import may import people');
}
