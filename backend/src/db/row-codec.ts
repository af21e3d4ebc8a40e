/**
 * Model rows <-> stored rows. Nested objects and arrays live in jsonb columns; they are written
 * as JSON text (node-postgres would otherwise send a JS array as a PostgreSQL array literal),
 * with null kept as SQL NULL. Reads need nothing: both drivers parse jsonb into objects.
 */
import type { TableName } from '@sightline/sdk/model';

export const JSON_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  metrics: ['range'],
  metricValues: ['context'],
  checkIns: ['goals'],
  feedback: ['skillIds', 'context'],
  reviews: ['answers'],
  reviewTemplates: ['questions'],
};

export function encodeRow(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const jsonColumns = JSON_COLUMNS[table];
  if (!jsonColumns) return row;
  const encoded = { ...row };
  for (const column of jsonColumns) {
    if (column in encoded) encoded[column] = encoded[column] == null ? null : JSON.stringify(encoded[column]);
  }
  return encoded;
}

/** A stored row as the model (and the wire) knows it: the tombstone column is the server's business. */
export function toModelRow(stored: Record<string, unknown>): Record<string, unknown> {
  const { deletedAt: _deletedAt, ...row } = stored;
  return row;
}
