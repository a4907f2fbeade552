/** Fields every stored record has. Keys are string UUIDs so data can be merged later. */
export interface StoredRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** Soft delete, so deleting can be undone; rows are purged after a retention period. */
  deletedAt?: number | null;
}

export function isLive(record: { deletedAt?: number | null }): boolean {
  return record.deletedAt == null;
}
