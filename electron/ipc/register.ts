import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { APP_ORIGIN, ipcContract, type IpcMethod, type IpcRequest } from '../../shared/ipc/contract';
import { isTrustedSender } from './trusted-sender';
import type { IpcHandler, IpcHandlers } from './types';

/**
 * Binds every method of shared/ipc/contract.ts to its handler. Each call passes three gates
 * in this order, and a handler never runs unless all three pass:
 * 1. the sender is our own top-level page (trusted-sender.ts);
 * 2. exactly one request argument, valid against the contract's zod schema (the renderer is
 *    treated as untrusted input, like any network peer);
 * 3. only then the handler, with the parsed value (zod strips unknown keys).
 * Errors thrown here reach the renderer as a rejected promise from ipcRenderer.invoke.
 */
export function registerIpcHandlers(handlers: IpcHandlers): void {
  for (const method of Object.keys(ipcContract) as IpcMethod[]) {
    bindMethod(method, handlers[method]);
  }
}

function bindMethod<M extends IpcMethod>(method: M, handler: IpcHandler<M>): void {
  const { channel } = ipcContract[method];
  // Widened to the common schema type: each entry's own schema type is recovered by the cast
  // below, which is sound because the schema and the handler come from the same contract entry.
  const schema: z.ZodType = ipcContract[method].request;

  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isTrustedSender(event)) {
      console.warn(`[ipc] ${channel} geweigerd: afzender is niet het hoofdframe van ${APP_ORIGIN}`);
      throw new Error(`IPC ${channel} geweigerd: onbekende afzender`);
    }
    if (args.length > 1) {
      throw new Error(`Ongeldig verzoek voor ${channel}: verwacht hooguit één argument`);
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      throw new Error(`Ongeldig verzoek voor ${channel}: ${describeIssues(parsed.error)}`);
    }
    return handler(parsed.data as IpcRequest<M>, event);
  });
}

/** Paths and messages only: the rejected value itself may hold personal data, so never echo it. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
