import type { AuditEntry } from '../../../../shared/domain/audit';
import { db } from '../db';

/** Every summative change for a student, newest first. */
export async function listAuditOfStudent(studentId: string): Promise<AuditEntry[]> {
  return (await db.auditTrail.where('studentId').equals(studentId).toArray()).sort((a, b) => b.at - a.at);
}

/** Every summative change counting for a PTA toets, newest first. */
export async function listAuditOfToets(toetsId: string): Promise<AuditEntry[]> {
  return (await db.auditTrail.where('toetsId').equals(toetsId).toArray()).sort((a, b) => b.at - a.at);
}
