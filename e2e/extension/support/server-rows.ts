/** What the backend's database holds, read the way the feedback tests check "exactly once". */
import type { Backend } from './backend';

/** Every feedback row with this body, with its author's email and the record it is linked to. */
export const feedbackRowsWithBody = (backend: Backend, body: string) =>
  backend.database.db
    .selectFrom('feedback as f')
    .innerJoin('persons as p', 'p.id', 'f.authorId')
    .select(['p.email', 'f.context'])
    .where('f.body', '=', body)
    .execute();

/** Every change the server refused, by name and reason. */
export const syncRejections = (backend: Backend) => backend.database.db.selectFrom('syncRejections').select(['name', 'reason']).execute();
