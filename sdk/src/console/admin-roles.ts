/** Roles that may set up cycles and teams (the server's rule in backend/src/sync/access.ts). */
import type { Role } from '../model';

export const isAdminLike = (role: Role) => role === 'admin' || role === 'people_admin';
